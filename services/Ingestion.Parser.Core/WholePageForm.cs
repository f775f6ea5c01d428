using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;form name="aspnetForm" method="post" action="story.aspx?id=12"&gt;" around the whole page: ASP.NET Web Forms wrap
/// every page in one form, so a short story's page is a form of under a thousand characters, as small as a search box or
/// a sign-up form. A form that holds a candidate for the story's text root, or most of the page's text, is the page's
/// frame, and stays.
/// </summary>
internal static class WholePageForm
{
    public static bool Is(IElement form, IElement?[] rootCandidates)
    {
        foreach (var candidate in rootCandidates)
        {
            if (candidate is not null && form.Contains(candidate))
            {
                return true;
            }
        }

        // Four fifths of the body's text: a search box beside a short story holds a line of it. The body's text is
        // counted, not joined: most pages have a few small forms, and their text runs to a hundred thousand characters.
        return form.Owner?.Body is { } body && !NodeText.IsLongerThan(body, form.TextContent.Length * 5 / 4);
    }
}
