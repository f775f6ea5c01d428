namespace Ingestion.Parser.Core;

/// <summary>
/// "Grand Avenue rents up 30 percent in two yearsJanuary 22, 2013In "Business"": an entry of WordPress's related posts
/// (Jetpack, 2012–): the linked title, the post's day and its category, three inline spans that a browser's text copy
/// runs together. A text browser prints them a line each; the glued line is no paragraph of the text.
/// </summary>
internal static class GluedRelatedPostEntry
{
    private const int MaxCategoryLength = 40;
    private const int MinTitleLength = 10;

    /// <summary>Whether the line is a title, a day with its year and "In "Category"", with or without spaces between.</summary>
    public static bool Is(string text)
    {
        // The line closes with the category's quotation mark: nearly no paragraph does, and the rest is asked only then.
        if (text.Length < MinTitleLength || text[^1] is not ('"' or '”'))
        {
            return false;
        }

        var label = text.LastIndexOf("In \"", StringComparison.Ordinal);
        if (label < 0)
        {
            label = text.LastIndexOf("In “", StringComparison.Ordinal);
        }

        if (label < MinTitleLength || text.Length - label - 5 is <= 0 or > MaxCategoryLength)
        {
            return false;
        }

        // "January 22, 2013" or "Sept. 22, 2013" before the label: a month's name, the day, a comma and the year.
        var day = text.AsSpan(0, label).TrimEnd();
        if (day.Length < 4 || day[^4..].ContainsAnyExceptInRange('0', '9'))
        {
            return false;
        }

        day = day[..^4].TrimEnd();
        if (day is not [.., ','])
        {
            return false;
        }

        day = day[..^1];
        var digits = 0;
        while (digits < day.Length && digits < 2 && char.IsAsciiDigit(day[^(digits + 1)]))
        {
            digits++;
        }

        return digits > 0 && day.Length > digits + 1 && day[^(digits + 1)] == ' ' && (char.IsLetter(day[^(digits + 2)]) || day[^(digits + 2)] == '.');
    }
}
