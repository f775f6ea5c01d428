namespace Ingestion.Parser.Core;

/// <summary>
/// "{{page.content.lastUpdateUser.fullName}} - {{page.content.lastUpdateTime | date : 'dd/MM/yyyy'}}": the copy of a page
/// saved before its script filled the template (AngularJS, Vue, Handlebars) prints the placeholders as they stand. A line
/// that opens with one and ends with one, or with a picture's placeholder after it, is the template's and says nothing;
/// prose quoting "{{ name }}" opens with words.
/// </summary>
internal static class TemplatePlaceholderLine
{
    public static bool Is(ReadOnlySpan<char> text)
    {
        if (!text.StartsWith("{{", StringComparison.Ordinal))
        {
            return false;
        }

        var close = text.LastIndexOf("}}", StringComparison.Ordinal);
        if (close < 2)
        {
            return false;
        }

        var after = text[(close + 2)..].Trim();
        return after.IsEmpty || (after[0] == '[' && after[^1] == ']' && after.IndexOf(' ') < 0);
    }
}
