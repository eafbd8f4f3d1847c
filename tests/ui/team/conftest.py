from tests.team.conftest import team  # noqa: F401 - the team server fixture
