using System.Globalization;
using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "All times are UTC - 5 hours [ DST ]": a forum board's footer names the zone of every time it prints, the posts'
/// headers giving only the clock ("Mon Mar 11, 2013 8:02 am"). "DST" moves the board's clock one hour ahead. vBulletin 4
/// writes it without the unit, the board's clock after it: "All times are GMT -4. The time now is 09:12 AM."
/// </summary>
internal static partial class BoardTimeZone
{
    [GeneratedRegex(@"All times are (?:UTC|GMT) ?(?<sign>[+-]) ?(?<hours>[0-9]{1,2})(?:\.(?<half>5))?(?: hours?(?<dst> ?\[ ?DST ?\])?|\. The time now is)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Footer();

    /// <summary>The board's offset as "UTC-04:00", or null when the page names none; "All times are UTC" is "UTC+00:00".</summary>
    public static string? Of(IDocument document)
    {
        var text = document.Body?.TextContent ?? string.Empty;
        var match = Footer().Match(Whitespace.Collapse(text));
        if (!match.Success)
        {
            return null;
        }

        var minutes = (int.Parse(match.Groups["hours"].Value, CultureInfo.InvariantCulture) * 60) + (match.Groups["half"].Success ? 30 : 0);
        minutes = (match.Groups["sign"].Value == "-" ? -minutes : minutes) + (match.Groups["dst"].Success ? 60 : 0);
        var sign = minutes < 0 ? '-' : '+';
        minutes = Math.Abs(minutes);
        return string.Create(CultureInfo.InvariantCulture, $"UTC{sign}{minutes / 60:00}:{minutes % 60:00}");
    }

    /// <summary>
    /// "by Russell Jankowski » Mon Mar 11, 2013 6:40 am" over a story on a board-backed news site: the footer's zone is
    /// that of every time the page prints, the story's too. A time that has an offset, or a day without a clock, stays.
    /// </summary>
    public static string? Applied(IDocument document, string? shown) =>
        shown is { Length: 19 } && shown[10] == 'T' && Of(document) is { } zone ? shown + zone[3..] : shown;
}
