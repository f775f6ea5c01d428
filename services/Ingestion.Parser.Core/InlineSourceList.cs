namespace Ingestion.Parser.Core;

/// <summary>
/// "SOURCES: Grace Whitley, PhD, exercise researcher. Journal of Applied Aging, Sept. 2013.": a health story's list of the
/// people and studies it drew on, printed after its capitals label on one line under the text. Like the label alone over
/// the list ("SOURCES:" / entries), it is no body. Only the capitals label is read so: a paragraph may open "Sources said".
/// </summary>
internal static class InlineSourceList
{
    private static readonly string[] Labels = ["SOURCES: ", "SOURCE: ", "REFERENCES: ", "FUENTES: ", "QUELLEN: "];

    /// <summary>
    /// "Sources: Harbour Gazette, Bay Radio, Quayside Weekly": an entertainment or news blog's line under the text, its
    /// label in mixed case, naming the outlets it drew on. Read so only when every entry after the label is a short
    /// capitalised name and no sentence ends the line; "Sources: the agency said …" is a sentence of the text.
    /// </summary>
    private static readonly string[] MixedCaseLabels = ["Sources: ", "Source: "];

    /// <summary>The most entries, and the most words an entry holds ("Harbour Gazette", "The Bay Radio News").</summary>
    private const int MaxNames = 8;

    private const int MaxWordsPerName = 4;

    public static bool Is(string text)
    {
        // Most lines open with no capital S, R, F or Q: turned down before the labels are compared.
        if (text.Length < 12 || text[0] is not ('S' or 'R' or 'F' or 'Q') || !char.IsUpper(text[1]))
        {
            return false;
        }

        foreach (var label in Labels)
        {
            if (text.StartsWith(label, StringComparison.Ordinal))
            {
                return text.Length > label.Length && char.IsLetter(text[label.Length]);
            }
        }

        return false;
    }

    /// <summary>
    /// The mixed-case line of names only: it is one line, and the line under it is read as before (a "Tags:" line under
    /// "Source: Maker" stays the tags), where the capitals label's list runs on to the next blank line.
    /// </summary>
    public static bool IsNamedSourcesLine(string text)
    {
        if (text.Length < 10 || text[0] != 'S')
        {
            return false;
        }

        foreach (var label in MixedCaseLabels)
        {
            if (!text.StartsWith(label, StringComparison.Ordinal))
            {
                continue;
            }

            var names = text.AsSpan(label.Length).Trim();
            if (names.IsEmpty || Words.EndsSentence(names))
            {
                return false;
            }

            var count = 0;
            foreach (var range in names.Split(','))
            {
                var name = names[range].Trim();
                if (name.IsEmpty || !char.IsUpper(name[0]) || Words.CountUpTo(name, MaxWordsPerName + 1) > MaxWordsPerName || ++count > MaxNames)
                {
                    return false;
                }
            }

            return true;
        }

        return false;
    }
}
