namespace Ingestion.Parser.Core;

/// <summary>
/// "Commentary and analysis from Meridian columnists", "News and notes on the Statehouse": a blog's tagline under its
/// name, two nouns joined by "and" and what they are about. Printed over every post's headline, it is no headline of its
/// own, and the headline under it is no deck.
/// </summary>
internal static class BlogTagline
{
    private static readonly WordSet Prepositions = new(["from", "on", "about", "for", "by", "in", "of"]);

    public static bool Is(string line)
    {
        var text = line.AsSpan().Trim();
        if (text.Length is 0 or > 80 || !char.IsUpper(text[0]) || Words.EndsSentence(text) || Words.Count(text) is < 4 or > 8)
        {
            return false;
        }

        var word = 0;
        foreach (var range in text.Split(' '))
        {
            var token = text[range];
            var fits = word switch
            {
                1 => token.SequenceEqual("and"),
                2 => token.Length > 0 && char.IsLower(token[0]),
                3 => Prepositions.Contains(token),
                _ => true,
            };
            if (!fits)
            {
                return false;
            }

            word++;
        }

        return word >= 4;
    }
}
