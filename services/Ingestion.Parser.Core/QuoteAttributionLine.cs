namespace Ingestion.Parser.Core;

/// <summary>
/// "„Wer nie stolpert, kommt nie weit.“" / "(Lena Hoff – Bergsteigerin aus Tirol)": the line
/// naming who said the quotation the text just printed. It has a byline's shape (a name, a dash, a role), but it stands
/// right under a quoted line in the text, so it is the quotation's source and stays in the text with it. The source
/// after a line break as "Name, role, occasion, date" is read so too (NameCommaQuoteSource, a widening).
/// </summary>
internal static class QuoteAttributionLine
{
    private const int LongestAttribution = 150;

    private const string ClosingQuotes = "“”\"»«’";

    /// <summary>Whether the line at <paramref name="index"/> names the source of the quotation on the text line right over it.</summary>
    public static bool Is(PageLines lines, int index, IReadOnlyList<string> body)
    {
        var text = lines[index].Text.AsSpan().Trim();
        if (body.Count == 0 || text.Length is < 5 or > LongestAttribution || lines.PreviousNonBlank(index) is not (>= 0 and var above))
        {
            return false;
        }

        var quoted = lines[above].Text.AsSpan().Trim();
        if (quoted.IsEmpty || !string.Equals(body[^1], Whitespace.Collapse(lines[above].Text), StringComparison.Ordinal))
        {
            return false;
        }

        // "<blockquote><p>Words.</p></blockquote><p>– Name</p>": a block quote shows its quotation by indentation, no marks (IndentedQuoteSource).
        if (IndentedQuoteSource.Is(lines, index, above))
        {
            return HasWord(text);
        }

        if (ClosingQuotes.IndexOf(quoted[^1]) < 0
            || (!OpensQuotation(quoted) && !(lines.PreviousNonBlank(above) is >= 0 and var verse && OpensQuotation(lines[verse].Text.AsSpan().Trim()))))
        {
            // "… he said: "Let them vote no."" / "— C.V.": a paragraph that ends on a quotation is no quotation, and its
            // live-blog entry's initials sign the entry.
            return false;
        }

        // "(Name – role)", "– Name", "— Name, role", "Name – role": the source in brackets, after a dash, or before one.
        var inner = text is ['(', .., ')'] ? text[1..^1].Trim() : text;
        if (ReportingCreditLine.OpensCredit(inner))
        {
            // "(Reporting by Ana Ruiz; Editing by Tom Hale)" under a closing quotation: the wire's credit line names who
            // worked on the story, no one who said the words.
            return false;
        }

        var name = inner.TrimStart("–—- ");
        return name.Length > 0 && char.IsLetter(name[0]) && HasWord(name)
            && (text[0] == '(' || inner[0] is '–' or '—' or '-' || inner.Contains(" – ", StringComparison.Ordinal) || inner.Contains(" — ", StringComparison.Ordinal)
                // "Name, role, occasion, date" on the quotation's next line, a line break apart (NameCommaQuoteSource).
                || (index - above == 1 && NameCommaQuoteSource.Is(inner)));
    }

    /// <summary>The quotation is printed as a paragraph of its own, opening with its mark ("„Wer nie …", "“Stay …").</summary>
    private static bool OpensQuotation(ReadOnlySpan<char> text) => text is ['„' or '“' or '"' or '«' or '»' or '‚' or '‘', ..];

    /// <summary>A name holds a word of three letters; initials ("C.V.") sign an entry.</summary>
    private static bool HasWord(ReadOnlySpan<char> text)
    {
        var run = 0;
        foreach (var c in text)
        {
            run = char.IsLetter(c) ? run + 1 : 0;
            if (run >= 3)
            {
                return true;
            }
        }

        return false;
    }
}
