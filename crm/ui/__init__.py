"""The Qt interface. Widgets call services in ``crm``; they never talk SQL."""
