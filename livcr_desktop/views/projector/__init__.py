"""The projector: a separate audience window for the room, its controller and the chair's preview.

``controller`` (:class:`ProjectorController`, fed by a ``meeting_source.MeetingSource``) owns
``audience_window`` (its tables in ``room_table``, models in ``audience_models``, words in
``texts``, look in ``wall_style``) and the chair's ``panel``; ``actions`` holds the shortcuts,
``screens`` the choice of screen, ``reveal_prompt`` the question before an identity is shown.
"""
