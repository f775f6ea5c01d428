using System.Net;
using System.Text;

namespace Ingestion.Parser.Core;

/// <summary>The text of markup too pathological for a DOM: tags become line breaks, entities are decoded.</summary>
internal static class TagStripper
{
    public static string Strip(string html)
    {
        var text = new StringBuilder(html.Length / 2);
        var inTag = false;
        foreach (var c in html)
        {
            if (c == '<')
            {
                inTag = true;
                text.Append('\n');
            }
            else if (c == '>')
            {
                inTag = false;
            }
            else if (!inTag)
            {
                text.Append(c);
            }
        }

        return WebUtility.HtmlDecode(text.ToString());
    }
}
