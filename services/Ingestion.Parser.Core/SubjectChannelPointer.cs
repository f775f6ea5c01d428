namespace Ingestion.Parser.Core;

/// <summary>
/// "For more views of her lanterns, head to Behance and Instagram, where Okafor catalogs much of her work.": an art or
/// design blog closes its post on the artist with a sentence of its own that points to the artist's channels and says
/// what the artist keeps there. Such a line opens like the site's pointers that are no text ("For more on fitness, click
/// here.", "For more information, visit …"), but it goes on after a comma with "where" and the artist (a capitalised
/// name, or "he", "she", "they") doing something there, which a pointer to the site's own pages never says.
/// Cost: asked only of a line that opens "For more ": one search for ", where ".
/// </summary>
internal static class SubjectChannelPointer
{
    private const string Opening = "For more ";

    private const string Where = ", where ";

    private static readonly string[] Pronouns = ["he ", "she ", "they "];

    public static bool Is(ReadOnlySpan<char> text)
    {
        if (!text.StartsWith(Opening, StringComparison.Ordinal) || text[^1] != '.' || text.IndexOf(Where, StringComparison.Ordinal) is not (> 0 and var at))
        {
            return false;
        }

        var subject = text[(at + Where.Length)..];
        if (subject.IsEmpty)
        {
            return false;
        }

        foreach (var pronoun in Pronouns)
        {
            if (subject.StartsWith(pronoun, StringComparison.Ordinal))
            {
                return true;
            }
        }

        // "where Okafor catalogs …": a name, then a word in lower case (the verb).
        return char.IsUpper(subject[0]) && subject.IndexOf(' ') is > 1 and var space && space + 1 < subject.Length && char.IsLower(subject[space + 1]);
    }
}
