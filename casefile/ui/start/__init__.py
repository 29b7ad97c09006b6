"""From launch to an open vault: the application, its controller, welcome, create, unlock,
recovery."""
