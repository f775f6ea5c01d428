namespace Ingestion.Parser.Core;

/// <summary>
/// "WKNV Donate Listen Live", "The Harbour Herald Log in Sign up": a text browser prints the buttons of the page's top bar
/// on the logo's line. Two or more buttons at the line's end go; one may be the name's own word ("The Sunday Mail"). The
/// caller keeps what is left only where the copyright line names it. A US tech site's "ZedNet US Edition Log In Join"
/// adds its edition picker and "Join" to the buttons.
/// </summary>
internal static class MastheadButtons
{
    private const int MinButtonWords = 2;

    /// <summary>Top-bar buttons that are no widget in a line of text ("Join" opens sentences; "US Edition" names a page).</summary>
    private static readonly WordSet TopBarButtons = new(["join", "register", "us edition", "uk edition", "international edition", "global edition"]);

    private static bool IsButton(ReadOnlySpan<char> words) => BoilerplateFilter.IsWidgetWord(words) || TopBarButtons.Contains(words);

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
            if (!IsButton(text[(space + 1)..end]))
            {
                var before = text[..space].LastIndexOf(' ');
                if (before <= 0 || !IsButton(text[(before + 1)..end]))
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

    private const int MaxLogoWords = 4;

    private static readonly string[] SearchLabels = ["Search:", "Buscar:", "Rechercher:", "Suche:"];

    /// <summary>"BayPortal          Search: [      ] [Go]": the field's label, printed at the far end of the logo's row.</summary>
    private static string WithoutSearchLabel(string text)
    {
        foreach (var label in SearchLabels)
        {
            if (text.Length > label.Length && text.EndsWith(" " + label, StringComparison.Ordinal))
            {
                return text[..^label.Length].TrimEnd();
            }
        }

        return text;
    }

    /// <summary>
    /// "Orbit! News [                    ] [Search News]": w3m's empty search field and its button beside the logo; the
    /// logo's name before them, or null. A form's label ("Email: [    ] [Subscribe]", "Comment * [    ]") ends with a mark.
    /// </summary>
    public static string? LogoBeforeSearchField(string line)
    {
        var field = line.IndexOf(" [ ", StringComparison.Ordinal);
        var close = field > 0 ? line.IndexOf(']', field) : -1;
        if (close < 0)
        {
            return null;
        }

        var rest = line[(close + 1)..].Trim();
        var isField = line.AsSpan(field + 2, close - field - 2).Trim(" _").IsEmpty;
        var isButtonAfter = rest.Length == 0 || (rest[0] == '[' && rest[^1] == ']' && rest.IndexOf(']') == rest.Length - 1);
        var logo = WithoutSearchLabel(line[..field].Trim());
        return isField && isButtonAfter && logo.Length > 0 && char.IsUpper(logo[0]) && (char.IsLetterOrDigit(logo[^1]) || logo[^1] == '!') && Words.Count(logo) <= MaxLogoWords && Words.LooksLikeName(logo)
            ? logo
            : null;
    }
}
