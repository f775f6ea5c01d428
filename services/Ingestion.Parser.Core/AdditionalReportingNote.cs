namespace Ingestion.Parser.Core;

/// <summary>
/// "Additional reporting by Dana Whitcomb." / "Additional reporting by Ana Ruiz and Tom Hale": a story's closing credit
/// for a colleague who helped, often set in italics as the last line of the text. Like the wire's "Additional reporting by
/// …; Editing by …" (<see cref="ReportingCreditLine"/>) it says who worked on the story, so it is no paragraph; it
/// names no writer of the byline either. Known by its opening and a rest of names only (capitalised words joined by
/// commas, "and" or "&amp;", at most ten words, a closing full stop allowed), so a sentence going on after the names
/// ("Additional reporting by staff at the paper …") stays. Cost: a first-letter check, then one prefix compare and a
/// word scan of at most a short line.
/// ProductionCreditNote (a widening): "Produced by Ana Ruiz and Tom Hale", "Video produced by Kofi Mensah", set in italics
/// under a video page's summary, credits the clip's producers the same way, names only after the opening; no paragraph
/// and no byline ("Produced by local farmers, the cheese …" stays, having lower-case words).
/// </summary>
internal static class AdditionalReportingNote
{
    private const string Opening = "additional reporting by ";

    /// <summary>ProductionCreditNote: a clip's credit for its producers.</summary>
    private const string ProducedOpening = "produced by ";

    private const string VideoProducedOpening = "video produced by ";

    public static bool Is(ReadOnlySpan<char> text)
    {
        if (text.Length is < 14 or > 160 || text[0] is not ('A' or 'P' or 'V'))
        {
            return false;
        }

        var opening = text[0] == 'A' ? Opening : text[0] == 'P' ? ProducedOpening : VideoProducedOpening;
        if (!text.StartsWith(opening, StringComparison.OrdinalIgnoreCase) || text.Length < opening.Length + 4)
        {
            return false;
        }

        var rest = text[opening.Length..].Trim();
        if (rest.Length > 0 && rest[^1] == '.')
        {
            rest = rest[..^1];
        }

        var words = 0;
        while (!rest.IsEmpty)
        {
            var space = rest.IndexOf(' ');
            var word = space < 0 ? rest : rest[..space];
            rest = space < 0 ? ReadOnlySpan<char>.Empty : rest[(space + 1)..].TrimStart();
            if (word.Length > 0 && word[^1] == ',')
            {
                word = word[..^1];
            }

            if (word.IsEmpty)
            {
                continue;
            }

            words++;
            if (words > 10)
            {
                return false;
            }

            if (word is "and" or "&")
            {
                continue;
            }

            if (!char.IsUpper(word[0]))
            {
                return false;
            }

            foreach (var c in word)
            {
                if (!char.IsLetter(c) && c is not ('-' or '\'' or '’' or '.'))
                {
                    return false;
                }
            }
        }

        return words > 0;
    }
}
