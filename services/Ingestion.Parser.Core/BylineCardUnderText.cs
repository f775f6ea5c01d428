namespace Ingestion.Parser.Core;

/// <summary>
/// "Claire Vasseur (avec Julien Morel et Anaïs Roux)" / "Journaliste au Quotidien Suivre Aller sur la page de ce journaliste":
/// a daily's writer card closes the text with the byline's names repeated, then the writer's job and the card's follow
/// links, run together as one line with no sentence's end. A dump prints the card as the last paragraphs; no story ends
/// on its own writers' names.
/// </summary>
internal static class BylineCardUnderText
{
    /// <summary>The card's lines under the names: a job title and its buttons, short and no sentence.</summary>
    private const int MaxCardLineLength = 160;

    private const int MaxCardLinesUnderNames = 2;

    /// <summary>Takes the card (the names line and the short lines under it) off the end of the body; the text's first two paragraphs stay.</summary>
    public static void RemoveFrom(List<string> body, IReadOnlyList<string> authors)
    {
        if (authors.Count == 0 || body.Count < 3)
        {
            return;
        }

        for (var under = 0; under <= MaxCardLinesUnderNames && body.Count - 1 - under >= 2; under++)
        {
            var namesAt = body.Count - 1 - under;
            if (under > 0 && body[namesAt + 1] is var cardLine && (cardLine.Length > MaxCardLineLength || Words.EndsSentence(cardLine)))
            {
                return;
            }

            if (NamesAllAuthors(body[namesAt], authors))
            {
                body.RemoveRange(namesAt, body.Count - namesAt);
                return;
            }
        }
    }

    /// <summary>Whether the line is nothing but the byline's names (with a co-writers' bracket or joined by "and").</summary>
    private static bool NamesAllAuthors(string line, IReadOnlyList<string> authors)
    {
        var text = line.Trim().TrimStart('*', '•', '-', ' ');
        if (text.Length == 0 || text.Length > 160 || !char.IsUpper(text[0]) || Words.EndsSentence(text))
        {
            return false;
        }

        var names = CoWritersInParentheses.Split(text) ?? BylineParser.ReadNames(text);
        return names is not null && names.Count == authors.Count
            && names.All(name => authors.Contains(name, StringComparer.OrdinalIgnoreCase))
            && NamesCoverLine(text, names);
    }

    /// <summary>"Claire Vasseur, in Lyon": the names are read from the line's start; the card's line holds nothing else.</summary>
    private static bool NamesCoverLine(string text, List<string> names)
    {
        var letters = 0;
        foreach (var name in names)
        {
            letters += name.Count(char.IsLetter);
        }

        var joiners = text.Count(char.IsLetter) - letters;
        // "avec", "et", "and", "with": the bracket's and the list's joining words, a few letters each.
        return joiners <= 4 * names.Count;
    }
}
