namespace Ingestion.Parser.Core;

/// <summary>
/// "Commentary and analysis from Meridian columnists", "News and notes on the Statehouse": a blog's tagline under its
/// name, two nouns joined by "and" and what they are about. Printed over every post's headline, it is no headline of its
/// own, and the headline under it is no deck. A newspaper's blog may instead name what it collects and its subject:
/// "Notes on the nation's money and the people who spend it", "Dispatches from the campaign trail".
/// </summary>
internal static class BlogTagline
{
    private static readonly WordSet Prepositions = new(["from", "on", "about", "for", "by", "in", "of"]);

    /// <summary>What a blog says it collects, as its tagline's first word before a preposition.</summary>
    private static readonly WordSet CollectionNouns = new(["notes", "dispatches", "thoughts", "musings", "observations", "reflections", "insights"]);

    public static bool Is(string line)
    {
        var text = line.AsSpan().Trim();
        if (text.Length is 0 or > 80 || !char.IsUpper(text[0]) || Words.EndsSentence(text))
        {
            return false;
        }

        if (IsCollectionOn(text) || BeatBlogTagline.Is(text))
        {
            return true;
        }

        if (Words.Count(text) is < 4 or > 8)
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

    /// <summary>"Notes on the nation's money …": a collection noun, a preposition, then a word in lower case.</summary>
    private static bool IsCollectionOn(ReadOnlySpan<char> text)
    {
        var first = text.IndexOf(' ');
        if (first <= 0 || !CollectionNouns.Contains(text[..first]))
        {
            return false;
        }

        var rest = text[(first + 1)..];
        var second = rest.IndexOf(' ');
        return second > 0 && Prepositions.Contains(rest[..second]) && second + 1 < rest.Length && char.IsLower(rest[second + 1]);
    }
}
