namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;div class="article__author"&gt;Politik · Jochen Roth, Tina Brandt&lt;/div&gt;": a print edition's web copy opens its
/// author line with the paper's section, one capitalised word before a middle dot, and the writers after it. The section
/// is no name, and left in front it hides the names from the byline reader. Cost: asked once per author-classed element
/// while the writers are sought: one search for " · " in its first line.
/// </summary>
internal static class SectionBeforeBylineNames
{
    private const int MaxSectionLength = 30;

    public static string Strip(string line)
    {
        var dot = line.IndexOf(" · ", StringComparison.Ordinal);
        if (dot <= 1 || dot > MaxSectionLength)
        {
            return line;
        }

        var section = line.AsSpan(0, dot).Trim();
        return section.Length > 1 && char.IsUpper(section[0]) && !section.Contains(' ') && IsWord(section)
            ? line[(dot + 3)..].Trim()
            : line;
    }

    private static bool IsWord(ReadOnlySpan<char> section)
    {
        foreach (var c in section)
        {
            if (!char.IsLetter(c) && c != '-')
            {
                return false;
            }
        }

        return true;
    }
}
