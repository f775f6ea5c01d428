namespace Ingestion.Parser.Core;

/// <summary>Steps over blank lines in a page's raw list of lines, before <see cref="PageLines"/> is built over it.</summary>
internal static class NonBlankLines
{
    /// <summary>The first non-blank line at or after <paramref name="from"/>, or the list's count.</summary>
    public static int Next(List<TextLine> lines, int from)
    {
        while (from < lines.Count && lines[from].IsBlank)
        {
            from++;
        }

        return from;
    }

    /// <summary>The nearest non-blank line before <paramref name="index"/>, or -1.</summary>
    public static int Previous(List<TextLine> lines, int index)
    {
        var i = index - 1;
        while (i >= 0 && lines[i].IsBlank)
        {
            i--;
        }

        return i;
    }
}
