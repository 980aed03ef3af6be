"""One `APIRouter` per topic; `app.main` includes them all."""
