namespace Ingestion.Parser.Core;

/// <summary>
/// "House Speaker John Boehner speaks to reporters at the Capitol on Friday.J. Scott Applewhite / AP", "… in New
/// York.Seth Wenig/AP": a scraper prints the caption's span and the credit's span with nothing between them, so the
/// credit starts right after the caption's closing full stop. The credit may also be a wire's bare capitals ("… earlier
/// this year.AP"). A labelled credit in brackets glued so ("… on Monday.(Photo: Trent Vollmer, America Today)") stays in
/// the caption's entry, as a bracketed credit after a space does.
/// </summary>
internal static class GluedCaptionCredit
{
    private const int MinCaptionWords = 4;
    private const int MaxCreditWords = 7;
    private const int MaxWireLetters = 7;

    /// <summary>The caption and its credit, or null when the line holds no credit glued to a sentence's end.</summary>
    public static (string Caption, string Credit)? TrySplit(ReadOnlySpan<char> text)
    {
        if (TrySplitAtCopyrightSign(text) is { } copyright)
        {
            return copyright;
        }

        if (TrySplitAtLabelledCredit(text) is { } labelled)
        {
            return labelled;
        }

        var stop = LastGluedStop(text);
        if (stop < 0)
        {
            return TrySplitAtGluedSlashCredit(text);
        }

        var caption = text[..(stop + 1)];
        var credit = text[(stop + 1)..].Trim();
        // The credit names a photographer and an agency, a slash between them, as such credits do: "REUTERS/Thomas Kiragu".
        var isCredit = (credit.Contains('/') && Words.Count(credit) <= MaxCreditWords && !Words.EndsSentence(credit)) || IsWireCapitals(credit) || IsCourtesyCredit(credit)
            || GluedCreditLabel.IsLabelledCredit(credit);
        return isCredit && Words.Count(caption) >= MinCaptionWords
            ? (Whitespace.Collapse(caption), Whitespace.Collapse(credit))
            : null;
    }

    /// <summary>
    /// "Kevin Marlowe, Emmy Awards 2013Gregg Tanaka/Getty Images", "… on TuesdayFrederick M. Brown/Getty Images": an
    /// entertainment site's caption has no closing full stop, so the photographer's name is glued to its last digit or
    /// word. The credit is a slash credit of one to three name words, the first glued to the caption.
    /// </summary>
    private static (string Caption, string Credit)? TrySplitAtGluedSlashCredit(ReadOnlySpan<char> text)
    {
        var slash = text.LastIndexOf('/');
        if (slash < MinCaptionWords * 2 || slash + 1 >= text.Length || text[slash - 1] == ' ')
        {
            return null;
        }

        var end = slash;
        for (var words = 0; words < MaxNameWords; words++)
        {
            var space = text[..end].LastIndexOf(' ');
            var word = text[(space + 1)..end];
            if (GlueInWord(word) is var glue and > 0)
            {
                var at = space + 1 + glue;
                var caption = text[..at];
                var credit = text[at..];
                return Words.Count(caption) >= MinCaptionWords && CaptionDetector.IsSlashCredit(credit)
                    ? (Whitespace.Collapse(caption), Whitespace.Collapse(credit))
                    : null;
            }

            if (space < 0 || word.IsEmpty || !char.IsUpper(word[0]))
            {
                return null;
            }

            end = space;
        }

        return null;
    }

    private const int MaxNameWords = 3;

    /// <summary>
    /// Where a capital follows a digit ("2013Gregg") or a word of four letters or more ("TuesdayGregg") inside one word;
    /// a name's own inner capital after a short prefix ("McDonald", "MacKenzie", "DeShawn") is none.
    /// </summary>
    private static int GlueInWord(ReadOnlySpan<char> word)
    {
        for (var index = word.Length - 1; index > 0; index--)
        {
            if (char.IsUpper(word[index]) && (char.IsAsciiDigit(word[index - 1]) || (index >= 4 && char.IsLower(word[index - 1]))))
            {
                return index;
            }
        }

        return -1;
    }

    /// <summary>
    /// "… an iPhone 5 running iOS 7.Nathan Gorecki": a caption already known as one (it ends no sentence between
    /// paragraphs) with a bare name glued to its closing full stop; the name is the photographer's credit. Asked only of
    /// such a line, as a name after a full stop proves nothing in a line of prose.
    /// </summary>
    public static (string Caption, string Credit)? TrySplitBareName(ReadOnlySpan<char> text)
    {
        var stop = LastGluedStop(text);
        if (stop < 0)
        {
            return null;
        }

        var caption = text[..(stop + 1)];
        var credit = text[(stop + 1)..].Trim();
        return Words.Count(caption) >= MinCaptionWords && Words.Count(credit) is >= 2 and <= MaxNameWords && Words.LooksLikePersonName(credit)
            ? (Whitespace.Collapse(caption), Whitespace.Collapse(credit))
            : null;
    }

    /// <summary>
    /// "Russian Foreign Minister Sergei Lavrov at a news conference in New York© NEVA. Dmitry Orlov": a news agency's
    /// caption has no closing full stop, and its credit opens with the copyright sign glued to the caption's last word.
    /// </summary>
    private static (string Caption, string Credit)? TrySplitAtCopyrightSign(ReadOnlySpan<char> text)
    {
        var sign = text.LastIndexOf('©');
        if (sign < 1 || !char.IsLetterOrDigit(text[sign - 1]))
        {
            return null;
        }

        var caption = text[..sign];
        var credit = text[sign..].Trim();
        return Words.Count(caption) >= MinCaptionWords && Words.Count(credit) is > 1 and <= MaxCreditWords
            ? (Whitespace.Collapse(caption), Whitespace.Collapse(credit))
            : null;
    }

    /// <summary>
    /// "Außenminister Spindelegger am Dienstag in New York.foto: apa/hans punz", "… Asamblea General.Foto: Télam", "… in
    /// New York.Foto ANP": the credit's label glued to the caption's closing full stop. The credit is the name after the
    /// label, which a text page drops as it drops a leading "Photo:" (a Dutch paper sets the label without a colon).
    /// </summary>
    private static (string Caption, string Credit)? TrySplitAtLabelledCredit(ReadOnlySpan<char> text)
    {
        // Every label stands right after a full stop: most lines have none there, and a case-blind search from the end
        // for each label costs more than the whole line's other caption questions.
        if (!HasStopBeforeLabelLetter(text))
        {
            return null;
        }

        foreach (var label in CreditLabels)
        {
            var at = text.LastIndexOf(label, StringComparison.OrdinalIgnoreCase);
            if (at < 2 || text[at - 1] != '.' || !(char.IsLower(text[at - 2]) || char.IsDigit(text[at - 2])))
            {
                continue;
            }

            var caption = text[..at];
            var credit = text[(at + label.Length)..].Trim();
            var labelledByColon = label.EndsWith(':');
            if (Words.Count(caption) >= MinCaptionWords && Words.Count(credit) is >= 1 and <= MaxCreditWords && !Words.EndsSentence(credit)
                && (labelledByColon || char.IsUpper(credit[0])))
            {
                return (Whitespace.Collapse(caption), Whitespace.Collapse(credit));
            }
        }

        return null;
    }

    private static readonly string[] CreditLabels = ["foto:", "photo:", "bild:", "foto "];

    private static readonly System.Buffers.SearchValues<char> LabelFirstLetters = System.Buffers.SearchValues.Create("fFpPbB");

    private static bool HasStopBeforeLabelLetter(ReadOnlySpan<char> text)
    {
        for (var stop = text.IndexOf('.'); stop >= 0 && stop + 1 < text.Length; stop = text[(stop + 1)..].IndexOf('.') is var next and >= 0 ? stop + 1 + next : -1)
        {
            if (LabelFirstLetters.Contains(text[stop + 1]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "… at Wickham Harbor, Mass., Sept. 19, 2013.Courtesy Wickham Harbor Trails Association": a handout's credit names
    /// who lent the picture after "Courtesy", with no slash and no agency.
    /// </summary>
    private static bool IsCourtesyCredit(ReadOnlySpan<char> credit) =>
        credit.StartsWith("Courtesy ", StringComparison.Ordinal) && credit.Length > 9 && char.IsUpper(credit[9])
        && Words.Count(credit) <= MaxCreditWords && !Words.EndsSentence(credit);

    /// <summary>"AP", "AFP", "REUTERS": a wire's name alone in capitals, the whole credit.</summary>
    private static bool IsWireCapitals(ReadOnlySpan<char> credit)
    {
        if (credit.Length < 2 || credit.Length > MaxWireLetters)
        {
            return false;
        }

        foreach (var character in credit)
        {
            if (!char.IsAsciiLetterUpper(character))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// The last full stop between a lower-case letter or a digit and a capital: "Friday.J", "2013.REUTERS". An
    /// abbreviation's stops ("U.N.") follow capitals and are passed over.
    /// </summary>
    private static int LastGluedStop(ReadOnlySpan<char> text)
    {
        for (var index = text.Length - 2; index > 0; index--)
        {
            if (text[index] == '.' && char.IsUpper(text[index + 1]) && (char.IsLower(text[index - 1]) || char.IsDigit(text[index - 1])))
            {
                return index;
            }
        }

        return -1;
    }
}
