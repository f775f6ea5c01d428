namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;div class="PostByline__timestamp" datetime="2016-10-13 17:00:00 -0400"&gt; Oct 13, 2016 &lt;/div&gt;": a template
/// puts the machine time in a <c>datetime</c> attribute of a plain element instead of a &lt;time&gt;. On an element of text
/// only, whose shown date is the attribute's day (or a day beside it, the zone apart), it is the time behind the date, as
/// <c>time[datetime]</c> is; an attribute whose day the element does not show is not read. Cost: asked only of leaf
/// elements that carry the attribute, which the attribute walk already reads: one parse of the value and one of the text.
/// RelativeTextDatetime: "&lt;a class="time" datetime="2014-12-01T19:41:21+00:00"&gt;2 weeks ago&lt;/a&gt;": a comment template
/// shows a relative time over the machine time; a relative time names no day to disagree with, so the attribute is the
/// comment's time, as a tooltip's date behind "5 years ago" is (<c>HtmlText.TitledTime</c>).
/// </summary>
internal static class DatetimeOnOtherElement
{
    public static string? Read(string value, string shown) =>
        DateLineParser.ToIso(value) is { Length: >= 10 } iso
        && DateLineParser.TryParseLine(Whitespace.Collapse(shown), out var text)
        && (text.Date is not { } shownDay
            || (DateOnly.TryParseExact(iso.AsSpan(0, 10), "yyyy-MM-dd", out var day) && Math.Abs(shownDay.DayNumber - day.DayNumber) <= 1))
            ? iso
            : null;
}
