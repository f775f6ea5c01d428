namespace Ingestion.Parser.Core;

/// <summary>
/// "WKNV Donate Listen Live", "The Harbour Herald Log in Sign up": a text browser prints the buttons of the page's top bar
/// on the logo's line. Two or more of them at the line's end go; one may be the name's own word ("The Sunday Mail"). The
/// caller keeps what is left only where the copyright line names it.
/// </summary>
internal static class MastheadButtons
{
    private const int MinButtonWords = 2;

    public static string Without(string line)
    {
        var text = line.AsSpan().TrimEnd();
        if (text.Length > 80)
        {
            return line;
        }

        var end = text.Length;
        var removed = 0;
        while (end > 0)
        {
            var space = text[..end].LastIndexOf(' ');
            if (space <= 0)
            {
                break;
            }

            // "Sign up": a button of two words, neither a button alone.
            if (!BoilerplateFilter.IsWidgetWord(text[(space + 1)..end]))
            {
                var before = text[..space].LastIndexOf(' ');
                if (before <= 0 || !BoilerplateFilter.IsWidgetWord(text[(before + 1)..end]))
                {
                    break;
                }

                space = before;
            }

            end = text[..space].TrimEnd().Length;
            removed++;
        }

        return removed >= MinButtonWords && end > 0 && end < text.Length ? line[..end] : line;
    }
}
