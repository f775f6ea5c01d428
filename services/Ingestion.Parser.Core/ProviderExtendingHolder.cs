namespace Ingestion.Parser.Core;

/// <summary>
/// "By Tomas Ridley | Skyway News – Thu, Sep 26, 2013 5:48 PM EDT" over "Copyright © 2013 Skyway Inc.": a portal's
/// byline names the news product after the bar, and the copyright line only the company; the product whose name opens
/// with the company's is the publication.
/// </summary>
internal static class ProviderExtendingHolder
{
    private const int MaxLinesUnderTitle = 4;

    /// <summary>The provider after the byline's bar that extends <paramref name="holder"/>, or null.</summary>
    public static string? Name(PageLines lines, int titleIndex, int end, string holder)
    {
        foreach (var line in lines.NonBlankAfter(titleIndex, MaxLinesUnderTitle, end))
        {
            if (Provider(lines[line].Text) is { } provider && provider.Length > holder.Length + 1
                && provider.StartsWith(holder, StringComparison.Ordinal) && provider[holder.Length] == ' ')
            {
                return provider;
            }
        }

        return null;
    }

    /// <summary>"Skyway News" of "By Tomas Ridley | Skyway News – Thu, Sep 26, 2013 5:48 PM EDT".</summary>
    internal static string? Provider(string text)
    {
        if (text.Length > 120 || !text.StartsWith("By ", StringComparison.OrdinalIgnoreCase) || text.IndexOf(" | ", StringComparison.Ordinal) is not (> 0 and var bar))
        {
            return null;
        }

        var rest = text.AsSpan(bar + 3);
        var dash = rest.IndexOf(" – ");
        dash = dash < 0 ? rest.IndexOf(" - ") : dash;
        var provider = (dash > 0 ? rest[..dash] : rest).Trim();
        return Words.Count(provider) is >= 2 and <= 4 && Words.LooksLikeName(provider) ? provider.ToString() : null;
    }
}
