namespace Ingestion.Parser.Core;

/// <summary>
/// "» Certains rêvent de … à Ottawa | Name" in og:title: an old WordPress theme prints wp_title("»") before the blog's
/// name, and with the name left out of that call the separator opens the title. A separator mark ("»", "›", "|", "·",
/// "::") and the space after it at the start of a share title open no headline; they go. A French opening guillemet
/// ("« … »") is a quotation, not a separator, and stays.
/// </summary>
internal static class LeadingTitleSeparator
{
    public static string? Strip(string? title)
    {
        if (title is null)
        {
            return null;
        }

        var text = title.AsSpan().TrimStart();
        var mark = text.StartsWith("::", StringComparison.Ordinal) ? 2 : text.Length > 0 && text[0] is '»' or '›' or '|' or '·' ? 1 : 0;
        if (mark == 0 || text.Length <= mark + 1 || !char.IsWhiteSpace(text[mark]))
        {
            return title;
        }

        var rest = text[mark..].TrimStart();
        return rest.Length > 0 ? rest.ToString() : title;
    }
}
