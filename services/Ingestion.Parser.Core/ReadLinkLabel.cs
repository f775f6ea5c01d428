namespace Ingestion.Parser.Core;

/// <summary>
/// "Lire le décryptage (édition abonnés) : Les sanctions contre l'Iran, un édifice difficile à démonter", "Read our
/// explainer: What the Iran sanctions cover": a link between two paragraphs under a label of its own, a reading verb and
/// what the link holds, then the colon and the linked story's headline. Only the fixed "Lire aussi :" and "Read more:"
/// labels were furniture; the label may name the kind of story ("le décryptage", "notre enquête", "the full interview").
/// </summary>
internal static class ReadLinkLabel
{
    private static readonly string[] Verbs = ["Lire ", "Lisez ", "Read ", "Lesen Sie ", "Lee ", "Leia ", "Leggi "];

    private const int MaxLength = 200;

    private const int MaxLabelWords = 6;

    private const int MinHeadlineWords = 3;

    /// <remarks>"Read Part 1: The valley's wells are going dry. Here's the map.": a series' part may end its headline in a full stop.</remarks>
    public static bool Is(ReadOnlySpan<char> line)
    {
        var text = line.Trim();
        if (text.Length > MaxLength || VerbOf(text) is not { } verb)
        {
            return false;
        }

        // "Lire : Que sont …": French sets a space before the colon, and the bare verb is a label of its own.
        var colon = text.IndexOf(':');
        if (colon < verb.Length - 1 || colon + 1 >= text.Length || text[colon + 1] != ' ')
        {
            return false;
        }

        // "Read the statement, which …: …" is a sentence; a label holds no comma nor a sentence's end.
        var label = text[Math.Min(verb.Length, colon)..colon].Trim();
        if ((label.IsEmpty && !IsBareVerbLabel(text, verb)) || label.ContainsAny(",.!?;") || Words.Count(label) > MaxLabelWords)
        {
            return false;
        }

        var headline = text[(colon + 1)..].TrimStart();
        return headline.Length > 0 && (char.IsUpper(headline[0]) || char.IsDigit(headline[0]) || headline[0] is '«' or '"' or '“')
            && Words.Count(headline) >= MinHeadlineWords && (!Words.EndsSentence(headline) || SeriesPartLink.IsPartLabel(label) || IsQuestionHeadline(headline))
            && !headline.EndsWith(':');
    }

    /// <summary>"Lire : …", "Read: …": the verb alone, right before the colon (with French's space or none).</summary>
    private static bool IsBareVerbLabel(ReadOnlySpan<char> text, string verb) =>
        text[(verb.Length - 1)..].StartsWith(": ", StringComparison.Ordinal) || text[(verb.Length - 1)..].StartsWith(" : ", StringComparison.Ordinal);

    /// <summary>
    /// "Que sont les IMSI-catchers, ces valises qui espionnent les téléphones portables ?": a linked headline may ask a
    /// question; one sentence, its only end the question mark.
    /// </summary>
    private static bool IsQuestionHeadline(ReadOnlySpan<char> headline)
    {
        var body = headline.TrimEnd().TrimEnd('?').TrimEnd();
        return headline.TrimEnd().EndsWith("?", StringComparison.Ordinal) && !body.ContainsAny(".!?;");
    }

    private static string? VerbOf(ReadOnlySpan<char> text)
    {
        foreach (var verb in Verbs)
        {
            if (text.StartsWith(verb, StringComparison.Ordinal))
            {
                return verb;
            }
        }

        return null;
    }
}
