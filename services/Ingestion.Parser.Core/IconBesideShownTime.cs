using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;div class="wpd-comment-date" title="1. November 2023 10:50"&gt;&lt;i class="far fa-clock"&gt;&lt;/i&gt; vor 1 Stunde&lt;/div&gt;":
/// a comment plug-in (wpDiscuz) shows a relative time beside a clock icon and keeps the absolute one in the tooltip. The
/// icon is an empty element, so the date box is no leaf, and a box of parts names its time in its tooltip only as a
/// machine stamp; an element whose child elements show nothing is read as the leaf it looks like, its tooltip's date
/// beside the shown time. Cost: only elements whose tooltip holds a digit, a walk of their children's nodes.
/// </summary>
internal static class IconBesideShownTime
{
    /// <summary>A date in words and figures fits; a tooltip of a paragraph's length is no date.</summary>
    private const int LongestTooltip = 100;

    /// <summary>
    /// Whether <paramref name="title"/> may be a date (a digit in a short tooltip) and every child element of
    /// <paramref name="element"/> shows no text: icons beside the element's own words.
    /// </summary>
    public static bool Holds(IElement element, string? title)
    {
        if (title is not { Length: > 4 and < LongestTooltip } || title.AsSpan().IndexOfAnyInRange('0', '9') < 0)
        {
            return false;
        }

        foreach (var child in element.Children)
        {
            foreach (var text in child.Descendants<IText>())
            {
                if (!text.Data.AsSpan().Trim().IsEmpty)
                {
                    return false;
                }
            }
        }

        return true;
    }
}
