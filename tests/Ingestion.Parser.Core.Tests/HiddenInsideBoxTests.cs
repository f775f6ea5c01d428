using AngleSharp.Html.Parser;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class HiddenInsideBoxTests
{
    private static readonly string Indent = "\n" + new string(' ', 40);

    /// <summary>A card whose bookmark button carries its closed pop-ups, indented a line a tag as templates print them.</summary>
    private static string Box(string popupStyle) =>
        $"<section class=\"teaserbox\">{Indent}<h3>Lesen Sie auch</h3>{Indent}<article class=\"teaser\">{Indent}"
        + $"<figure><a href=\"/harbour/ferry-fares\"><img alt=\"The quay at dawn\" src=\"/i/1.jpg\"></a></figure>{Indent}"
        + $"<h3 class=\"headline\"><a href=\"/harbour/ferry-fares\">Ferry fares rise again for the winter timetable</a></h3>{Indent}"
        + $"<span class=\"bookmark\">{Indent}<span{popupStyle}>{Indent}<div class=\"arrow_box\">{Indent}<div class=\"box-inner\">{Indent}"
        + $"<span class=\"close\">X</span>{Indent}<div>Der Beitrag liegt jetzt auf Ihrer Leseliste.</div>{Indent}"
        + $"<a href=\"/leseliste/\"><span class=\"btn\">zur Leseliste</span></a>{Indent}</div>{Indent}</div>{Indent}</span>{Indent}"
        + $"<span><i class=\"icon\"></i></span>{Indent}</span>{Indent}</article>{Indent}</section>";

    private static string Left(string box)
    {
        using var document = new HtmlParser().ParseDocument(
            "<html><body><div id=\"root\"><p>The harbour board kept the night ferry running.</p>" + box
            + "<h2>What the islanders said</h2><p>They had asked for the late crossing for years.</p></div></body></html>");
        var root = document.GetElementById("root")!;

        HeadedLinkBox.Remove(root);

        return Whitespace.Collapse(root.TextContent);
    }

    [Fact]
    public void A_read_also_box_whose_only_unlinked_words_are_in_a_closed_popup_is_no_text()
    {
        var left = Left(Box(" style=\"display:none;\""));

        Assert.DoesNotContain("Ferry fares", left);
        Assert.DoesNotContain("Leseliste", left);
        Assert.Contains("What the islanders said", left);
    }

    [Fact]
    public void A_box_whose_popup_words_are_shown_stays()
    {
        var left = Left(Box(""));

        Assert.Contains("Ferry fares rise again", left);
        Assert.Contains("Der Beitrag liegt jetzt auf Ihrer Leseliste.", left);
    }
}
