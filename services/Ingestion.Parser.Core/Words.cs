namespace Ingestion.Parser.Core;

/// <summary>Small tests on short pieces of text that several detectors share.</summary>
internal static class Words
{
    private static readonly System.Buffers.SearchValues<char> NotLetters = System.Buffers.SearchValues.Create(" \t0123456789.,;:!?-_'\"()[]/|@#*&+=<>~`^%$");
    private static readonly System.Buffers.SearchValues<char> Digits = System.Buffers.SearchValues.Create("0123456789");

    // Vectorised: with invariant globalization, a case-insensitive Contains compares character by character.
    private static readonly System.Buffers.SearchValues<string> Link = System.Buffers.SearchValues.Create(["http"], StringComparison.OrdinalIgnoreCase);

    /// <summary>Whether an ASCII digit occurs; dates and counts cannot be on a line without one.</summary>
    public static bool HasDigit(ReadOnlySpan<char> text) => text.ContainsAny(Digits);

    /// <summary>
    /// Whether a word starts at <paramref name="index"/> that a text rendering ran together with the one before ("ShareTweet",
    /// "Skip linksSkip to Content"): a capital straight after a small letter, or after a digit where <paramref name="afterDigit"/>.
    /// </summary>
    public static bool IsGlueSeam(ReadOnlySpan<char> text, int index, bool afterDigit = false) =>
        index > 0 && char.IsUpper(text[index]) && (char.IsLower(text[index - 1]) || (afterDigit && char.IsDigit(text[index - 1])));

    /// <summary>Whether a letter of any alphabet occurs: a line of rules, digits and signs names nothing.</summary>
    public static bool HasLetter(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (char.IsLetter(c))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a small letter of any alphabet occurs: a line in capitals has none.</summary>
    public static bool HasLowercaseLetter(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (char.IsLower(c))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the text is one or more ASCII digits and nothing else: a year, a clock's hours, a stamp's field.</summary>
    public static bool AreAllDigits(ReadOnlySpan<char> text) => !text.IsEmpty && !text.ContainsAnyExceptInRange('0', '9');

    /// <summary>Whether every character is a letter of some alphabet: a word with no digit, mark or space in it.</summary>
    public static bool AreAllLetters(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (!char.IsLetter(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether a letter or a digit occurs: a token or a line of marks alone ("/", "|", "•") says nothing a reader reads.</summary>
    public static bool HasLetterOrDigit(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>How many ASCII digits the text holds: a telephone number has seven at least, however it is spaced.</summary>
    public static int CountDigits(ReadOnlySpan<char> text)
    {
        var digits = 0;
        foreach (var c in text)
        {
            digits += char.IsAsciiDigit(c) ? 1 : 0;
        }

        return digits;
    }

    /// <summary>Whether a digit of any script occurs, as a regex's \d finds them.</summary>
    public static bool HasDecimalDigit(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (char.IsDigit(c))
            {
                return true;
            }
        }

        return false;
    }

    public static int Count(ReadOnlySpan<char> text) => CountUpTo(text, int.MaxValue - 1);

    /// <summary>The text before its first space, the whole text where it has none.</summary>
    public static ReadOnlySpan<char> FirstWord(ReadOnlySpan<char> text) => text.IndexOf(' ') is >= 0 and var space ? text[..space] : text;

    /// <summary>The text after its last space, the whole text where it has none.</summary>
    public static ReadOnlySpan<char> LastWord(ReadOnlySpan<char> text) => text[(text.LastIndexOf(' ') + 1)..];

    /// <summary>
    /// The number of words, or <paramref name="limit"/> + 1 for any more: the tests that ask whether a short line has a
    /// name's few words are asked of paragraphs too, whose words need not all be counted.
    /// </summary>
    public static int CountUpTo(ReadOnlySpan<char> text, int limit)
    {
        var count = 0;
        var inWord = false;
        foreach (var c in text)
        {
            var inText = !char.IsWhiteSpace(c);
            if (inText && !inWord && ++count > limit)
            {
                break;
            }

            inWord = inText;
        }

        return count;
    }

    /// <summary>Whether most of the words of three letters or more of <paramref name="phrase"/> (at least two) occur in <paramref name="text"/>.</summary>
    public static bool MostOccurIn(ReadOnlySpan<char> phrase, ReadOnlySpan<char> text)
    {
        int words = 0, found = 0;
        foreach (var range in phrase.SplitAny(' ', ','))
        {
            var word = phrase[range].Trim(".,;:!?'\"()");
            if (word.Length >= 3)
            {
                words++;
                found += text.Contains(word, StringComparison.OrdinalIgnoreCase) ? 1 : 0;
            }
        }

        return found >= 2 && found * 2 >= words;
    }

    /// <remarks>
    /// British quotes close with a single mark: "… she expected this.’" ends a sentence. A single mark after a letter is
    /// an apostrophe ("the Joneses’") and ends none.
    /// </remarks>
    public static bool EndsSentence(ReadOnlySpan<char> text)
    {
        text = text.TrimEnd();
        // "Hi everyone! 👋": an emoji after a full stop, "!" or "?" leaves the sentence ended (TrailingEmoji); "Rating: ★★★★☆"
        // is a label and its stars.
        if (TrailingEmoji.EndsInOne(text))
        {
            return TrailingEmoji.EndsSentenceBefore(text);
        }

        // German quotations close with “ (or ‘, or « in »…«): „Ein Wechsel dauert nur wenige Minuten.“ ends a sentence.
        if (text.Length > 1 && text[^1] is '’' or '\'' or '“' or '‘' or '«' && text[^2] is '.' or '!' or '?')
        {
            return true;
        }

        // "(EDIT: the link is gone now.)": a sentence in brackets; "sociétés (...)" is a cut title's ellipsis.
        if (text.Length > 2 && text[^1] == ')' && text[^2] is '.' or '!' or '?' && text[^3] != '.')
        {
            return true;
        }

        return !text.IsEmpty && (IsSentenceEnd(text[^1]) || (char.IsAsciiDigit(text[^1]) && EndsWithFootnoteMark(text)) || BracketedFootnoteMark.EndsSentenceBefore(text)
            // "… no more of it.  :-p": a typed face after the sentence's mark (Emoticon).
            || Emoticon.EndsSentenceBefore(text));
    }

    // Chinese and Japanese text closes its sentences with full-width marks ("。", "！", "？") and its quotations with "」"
    // or "』": without them no paragraph of such a page ends a sentence, and the text is not told from the links around it.
    private static bool IsSentenceEnd(char c) => c is '.' or '!' or '?' or '"' or '”' or '»' or '…' or ';' or ':' or ','
        or '。' or '！' or '？' or '；' or '：' or '，' or '」' or '』';

    /// <summary>
    /// "… a limited trapping season in 2012.^2": <c>w3m</c> prints a footnote's superscript number after a caret; the
    /// sentence ends before it.
    /// </summary>
    private static bool EndsWithFootnoteMark(ReadOnlySpan<char> text)
    {
        var caret = text.LastIndexOf('^');
        return caret > 0 && text.Length - caret <= 3 && IsSentenceEnd(text[caret - 1]) && !text[(caret + 1)..].ContainsAnyExceptInRange('0', '9');
    }

    /// <summary>
    /// "Most Read Stories", "Arts &amp; Culture": the number of words when each is capitalised (an "&amp;" may join them) and
    /// there are at most <paramref name="most"/>; otherwise 0. A heading over a box of links is written so.
    /// </summary>
    public static int CapitalisedCount(ReadOnlySpan<char> text, int most)
    {
        var words = 0;
        foreach (var range in text.Split(' '))
        {
            var word = text[range];
            if (word.IsEmpty)
            {
                continue;
            }

            if (++words > most || !(char.IsUpper(word[0]) || word is "&"))
            {
                return 0;
            }
        }

        return words;
    }

    /// <summary>How a person's or user's name looks on a line of its own: short, a few words, not a sentence.</summary>
    public static bool LooksLikeName(ReadOnlySpan<char> text)
    {
        text = text.Trim();
        if (text.Length is 0 or > 50 || Count(text) > 6 || (EndsSentence(text) && !EndsWithInitial(text)) || text.ContainsAny(Link))
        {
            return false;
        }

        return text.ContainsAnyExcept(NotLetters) && !HasSentenceBreak(text);
    }

    /// <summary>"Finally. This should": a full stop after a word longer than an initial.</summary>
    private static bool HasSentenceBreak(ReadOnlySpan<char> text)
    {
        var at = text.IndexOf(". ", StringComparison.Ordinal);
        while (at > 0)
        {
            var wordStart = text[..at].LastIndexOf(' ') + 1;
            if (at - wordStart > 2 && !IsJoinedInitials(text[wordStart..at]) && !(char.IsUpper(text[wordStart]) && TitleAbbreviations.Contains(text[wordStart..at])) && !DoctorateFaculty.Is(text, wordStart, at))
            {
                return true;
            }

            var next = text[(at + 1)..].IndexOf(". ", StringComparison.Ordinal);
            at = next < 0 ? -1 : at + 1 + next;
        }

        return false;
    }

    /// <summary>
    /// "Mag. Huber", "Prof. Lindner", "Mme. Roy", "Lic. Ortega": a title shortened with a full stop before a name, as
    /// Austrian commenters sign with their degree; no sentence ends there. "Ret. Chief", "Sgt. Rock", "Rev. Ellis": an
    /// English rank or title shortened the same way, as veterans and clergy sign.
    /// </summary>
    private static readonly WordSet TitleAbbreviations = new(
        ["Mag", "Prof", "Ing", "Dipl", "Mrs", "Mme", "Mlle", "Sra", "Srta", "Lic", "Ret", "Sgt", "Capt", "Col", "Maj", "Gen", "Cpl", "Adm", "Rev", "Sen", "Rep", "Gov"]);

    /// <summary>"T.J" of "T.J. Mahoney": initials joined by full stops, each a capital, are no word that ends a sentence.</summary>
    internal static bool IsJoinedInitials(ReadOnlySpan<char> word)
    {
        if (word.Length % 2 == 0)
        {
            return false;
        }

        for (var i = 0; i < word.Length; i++)
        {
            if (i % 2 == 0 ? !char.IsUpper(word[i]) : word[i] != '.')
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// "Jan P.", "John Smith Jr.", "Offenes Ohmtal e.V.", "Harbour Tours Ltd.": a name whose final full stop is not the end
    /// of a sentence, also where a club or a firm answers readers under its legal name.
    /// </summary>
    private static bool EndsWithInitial(ReadOnlySpan<char> text)
    {
        var lastSpace = text.LastIndexOf(' ');
        var last = text[(lastSpace + 1)..];
        return text[^1] == '.' && (last.Length == 2 && char.IsUpper(last[0]) || last is "Jr." or "Sr." || (lastSpace > 0 && LegalForms.Contains(last))
            || LowerCaseSignature.Is(text, lastSpace));
    }

    /// <summary>The abbreviated legal forms of associations and firms that end with a full stop.</summary>
    private static readonly WordSet LegalForms = new(["e.V.", "Inc.", "Ltd.", "Corp.", "S.A.", "S.L.", "s.r.o.", "a.s.", "S.p.A.", "Sp.j."]);

    /// <summary>A byline name: capitalised words, allowing the particles of European surnames.</summary>
    public static bool LooksLikePersonName(ReadOnlySpan<char> text)
    {
        if (!LooksLikeName(text) || BoilerplateFilter.IsPlayerLabel(text.Trim()) || ReleaseLabel.Is(text.Trim()) || SlashSpacedCategoryPair.Is(text) || ArticleOpenedPhrase.Is(text)
            || AccountMenuLabel.Is(text))
        {
            return false;
        }

        foreach (var range in text.Split(' '))
        {
            var word = text[range];
            if (word.IsEmpty)
            {
                continue;
            }

            if ((!char.IsUpper(word[0]) && !IsNameParticle(word)) || PossessiveWord.IsPossessive(word))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsNameParticle(ReadOnlySpan<char> word) =>
        word is "de" or "da" or "di" or "du" or "del" or "della" or "van" or "von" or "der" or "den" or "la" or "le" or "y" or "e" or "al" or "bin" or "ibn" or "dos" or "das" or "ten" or "ter"
        || word.StartsWith("al-", StringComparison.Ordinal) || word.StartsWith("d'", StringComparison.Ordinal);
}
