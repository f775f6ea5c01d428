namespace Ingestion.Parser.Core;

/// <summary>
/// "(MORE: 'Laughter Shocks': 13 Best Posts About the Harbour Flood)", "(READ MORE: …)": a blog's link to another of its
/// stories between the paragraphs, set in parentheses. Without them the line is the labelled related link the boilerplate
/// filter already drops ("MORE: …", "Read more: …"); the brackets only set it apart from the text around it, so the same
/// line inside them is no paragraph either. Only a line wholly inside one pair counts (the pair opened first closes
/// last), and only when what stands inside is such a link line, so a parenthetical sentence of the text stays.
/// </summary>
internal static class ParenthesizedRelatedLink
{
    /// <summary>"(MORE: Headline)": a trimmed line; cheap for every other line (its first and last characters).</summary>
    public static bool Is(ReadOnlySpan<char> text)
    {
        if (text.Length < 8 || text[0] != '(' || text[^1] != ')' || !OnePair(text))
        {
            return false;
        }

        return BoilerplateFilter.IsRelatedLinkLine(text[1..^1].Trim());
    }

    /// <summary>"(MORE: Ferry (and bus) times)": the first bracket closes only at the end; "(a) … (b)" is two pairs.</summary>
    private static bool OnePair(ReadOnlySpan<char> text)
    {
        var depth = 0;
        for (var i = 0; i < text.Length - 1; i++)
        {
            if (text[i] == '(')
            {
                depth++;
            }
            else if (text[i] == ')' && --depth == 0)
            {
                return false;
            }
        }

        return depth == 1;
    }
}
