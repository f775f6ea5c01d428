namespace Ingestion.Parser.Core;

/// <summary>
/// "Comments" / "All Comments 7" / "Featured Comments" / "Sort by" / "Newest" / "Join the conversation" / "Maria Delgado" /
/// "3 years ago": a comment system's own heading under the page's, before any comment, heads the same thread; another
/// widget's heading after a thread comes after its comments' dates.
/// </summary>
internal static class SecondHeadingOverThread
{
    /// <summary>How far under the heading a comment header's date may stand.</summary>
    private const int HeaderLines = 3;

    public static bool Is(PageLines lines, int start, int heading)
    {
        for (var i = start + 1; i < heading; i++)
        {
            if (!lines[i].IsBlank && lines.TryParseDate(i, out _))
            {
                return false;
            }
        }

        var seen = 0;
        for (var i = heading + 1; i < lines.Count && seen < HeaderLines; i++)
        {
            if (lines[i].IsBlank)
            {
                continue;
            }

            seen++;
            if (lines[i].Text.Length <= 160 && lines.TryParseDate(i, out _))
            {
                return true;
            }
        }

        return false;
    }
}
