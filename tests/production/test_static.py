"""`manage.py collectstatic` with whitenoise: hashed names, compressed copies, a manifest."""

import json
from pathlib import Path

from django.core.management import call_command
from django.test import override_settings

from .helpers import PRODUCTION_ENV, ROOT, environment, run

PRODUCTION_STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}


def test_collectstatic_writes_hashed_and_compressed_files(tmp_path):
    source = tmp_path / "source" / "css"
    source.mkdir(parents=True)
    (source / "site.css").write_text("body { background: url('dot.svg'); }\n" + "p { margin: 0 }\n" * 200)
    (source / "dot.svg").write_text('<svg xmlns="http://www.w3.org/2000/svg" width="1" height="1"/>\n' * 20)
    root = tmp_path / "collected"
    with override_settings(STORAGES=PRODUCTION_STORAGES, STATIC_ROOT=root, STATICFILES_DIRS=[tmp_path / "source"]):
        call_command("collectstatic", "--noinput", verbosity=0)
        from django.contrib.staticfiles.storage import staticfiles_storage

        url = staticfiles_storage.url("css/site.css")

    manifest = json.loads((root / "staticfiles.json").read_text())["paths"]
    hashed_css, hashed_svg = manifest["css/site.css"], manifest["css/dot.svg"]
    assert hashed_css != "css/site.css" and hashed_css.startswith("css/site.") and hashed_css.endswith(".css")
    assert url == "/static/" + hashed_css
    assert (root / hashed_css).is_file() and (root / (hashed_css + ".gz")).is_file()
    assert (root / (hashed_svg + ".gz")).is_file()
    # references inside CSS point at the hashed names
    assert Path(hashed_svg).name in (root / hashed_css).read_text()


def test_collectstatic_of_the_project_in_a_production_process(tmp_path):
    root = tmp_path / "staticfiles"
    done = run(
        ["manage.py", "collectstatic", "--noinput", "-v", "0"],
        environment(**PRODUCTION_ENV, DJANGO_STATIC_ROOT=str(root)),
    )
    assert done.returncode == 0, done.stderr
    manifest = json.loads((root / "staticfiles.json").read_text())["paths"]
    sources = [p.relative_to(ROOT / "static").as_posix() for p in (ROOT / "static").rglob("*") if p.is_file()]
    for name in sources:
        assert manifest[name] != name and (root / manifest[name]).is_file()
        if name.endswith((".css", ".svg", ".js")) and (ROOT / "static" / name).stat().st_size > 1024:
            assert (root / (manifest[name] + ".gz")).is_file()
