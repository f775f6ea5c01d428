namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;img alt="Logo HBKA"&gt;", "Logo: Inselbote": the logo picture's alt text may put the word "Logo" before the name, as
/// German sites write it, where English ones put it after ("Sentinel Logo", <see cref="SiteFinder.WithoutLogoWord"/>). The
/// name after it is the site's. "Logo der Stadt Hafenau" (a lower-case word after it) is left as it is.
/// Cost: a prefix check of the logo's alt text.
/// </summary>
internal static class LogoWordBeforeName
{
    private static readonly string[] Openings = ["Logo: ", "Logo - ", "Logo "];

    /// <summary>The name after an opening "Logo", or null when the text opens otherwise or names nothing after it.</summary>
    public static string? NameAfter(string text)
    {
        foreach (var opening in Openings)
        {
            if (text.StartsWith(opening, StringComparison.OrdinalIgnoreCase))
            {
                var name = text.AsSpan(opening.Length).Trim();
                return name.Length > 1 && (char.IsUpper(name[0]) || char.IsDigit(name[0])) ? name.ToString() : null;
            }
        }

        return null;
    }
}
