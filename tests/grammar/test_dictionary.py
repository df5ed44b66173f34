"""The user dictionary: "Add to dictionary" is saved at once, survives a restart, and silences the word."""

from __future__ import annotations

import os
import threading

import pytest

from composer.grammar import OfflineProofreader, create_checker
from composer.store.dictionary import DictionaryError, UserDictionary, dictionary_path
from composer.store.settings import GrammarSettings


def test_the_file_lives_in_the_apps_config_folder(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "cfg"))
    assert dictionary_path() == tmp_path / "cfg" / "composer" / "dictionary.txt"
    assert UserDictionary().path == dictionary_path()


def test_a_missing_file_is_an_empty_dictionary(tmp_path):
    dictionary = UserDictionary(tmp_path / "none" / "dictionary.txt")
    assert len(dictionary) == 0 and dictionary.problem is None


def test_added_words_are_saved_and_read_back_after_a_restart(tmp_path):
    path = tmp_path / "composer" / "dictionary.txt"
    UserDictionary(path).add("Halvorsen")
    UserDictionary(path).add("telesitter")
    reloaded = UserDictionary(path)
    assert reloaded.words == ("Halvorsen", "telesitter")
    assert "halvorsen" in reloaded and "TELESITTER" in reloaded
    assert "Halvorsen\n" in path.read_text(encoding="utf-8")


def test_add_to_dictionary_silences_the_word_in_the_next_check(tmp_path):
    dictionary = UserDictionary(tmp_path / "dictionary.txt")
    checker = create_checker(GrammarSettings(mode="offline"), dictionary=dictionary)
    text = "My vocera badge buzzed all night."  # a brand the English dictionary lacks
    [finding] = checker.check(text)
    assert finding.excerpt == "vocera"
    dictionary.add(finding.excerpt)
    assert checker.check(text) == []
    fresh = OfflineProofreader(dictionary=UserDictionary(tmp_path / "dictionary.txt"))
    assert fresh.check(text) == []


def test_two_windows_adding_words_keep_both(tmp_path):
    path = tmp_path / "dictionary.txt"
    first, second = UserDictionary(path), UserDictionary(path)
    first.add("alpha")
    second.add("beta")
    assert UserDictionary(path).words == ("alpha", "beta")


def test_remove_takes_a_word_out_in_any_case(tmp_path):
    dictionary = UserDictionary(tmp_path / "dictionary.txt")
    dictionary.add("Sepsis-3")
    dictionary.remove("sepsis-3")
    assert "Sepsis-3" not in UserDictionary(tmp_path / "dictionary.txt")


@pytest.mark.parametrize("bad", ["", "   ", "two words", "# comment"])
def test_only_single_words_can_be_added(tmp_path, bad):
    with pytest.raises(ValueError):
        UserDictionary(tmp_path / "dictionary.txt").add(bad)


def test_hand_edits_with_comments_and_blank_lines_are_read(tmp_path):
    path = tmp_path / "dictionary.txt"
    path.write_text("# our unit's words\n\nteletriage\n  Okafor  \n", encoding="utf-8")
    assert UserDictionary(path).words == ("Okafor", "teletriage")


def test_a_file_that_cannot_be_read_is_reported_and_never_overwritten(tmp_path):
    path = tmp_path / "dictionary.txt"
    path.write_bytes(b"caf\xe9\n")  # Latin-1, not UTF-8
    dictionary = UserDictionary(path)
    assert dictionary.problem and "UTF-8" in dictionary.problem
    with pytest.raises(DictionaryError):
        dictionary.add("word")
    assert path.read_bytes() == b"caf\xe9\n"


def test_writing_is_atomic_and_leaves_no_temporary_files(tmp_path, monkeypatch):
    path = tmp_path / "dictionary.txt"
    dictionary = UserDictionary(path)
    dictionary.add("first")

    def broken_replace(src, dst):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", broken_replace)
    with pytest.raises(DictionaryError, match="No space left"):
        dictionary.add("second")
    assert UserDictionary(path).words == ("first",)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["dictionary.txt"]


def test_adding_from_one_thread_while_another_checks_is_safe(tmp_path):
    dictionary = UserDictionary(tmp_path / "dictionary.txt")
    proofreader = OfflineProofreader(dictionary=dictionary)
    errors = []

    def keep_checking():
        try:
            for _ in range(50):
                proofreader.check("The vocera badges were busy.")
        except Exception as error:  # pragma: no cover - reported below
            errors.append(error)

    worker = threading.Thread(target=keep_checking)
    worker.start()
    assert proofreader.check("The vocera badges were busy.") != []
    for word in ("x1", "vocera", "x2"):
        dictionary.add(word)
    worker.join()
    assert errors == []
    assert proofreader.check("The vocera badges were busy.") == []
