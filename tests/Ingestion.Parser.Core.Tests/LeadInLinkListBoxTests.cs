using AngleSharp.Html.Parser;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class LeadInLinkListBoxTests
{
    private const string IssueBox = """
        <a-collapse class="collapse-box"><header><h2>FM 3/2020</h2></header>
        <div class="target"><figure><img src="cover.jpg" alt=""><figcaption>Fährmagazin März 2020</figcaption></figure>
        <div><p>Dieser Beitrag stammt aus Ausgabe 3/2020 des Fährmagazins. Highlights aus dem Heft:</p>
        <ul><li><a href="/a">Die letzte Kettenfähre</a></li><li><a href="/b">Akkus an Bord</a></li><li><a href="/c">Heft bestellen</a></li></ul></div></div>
        <div class="trigger">mehr anzeigen</div></a-collapse>
        """;

    private static AngleSharp.Dom.IElement Box(string markup, out AngleSharp.Html.Dom.IHtmlDocument document)
    {
        document = new HtmlParser().ParseDocument("<html><body><div id=\"text\">" + markup + "</div></body></html>");
        return document.QuerySelector("#text")!.FirstElementChild!;
    }

    [Fact]
    public void A_box_advertising_the_issue_is_no_text_and_its_cover_no_caption()
    {
        var box = Box(IssueBox, out var document);
        using (document)
        {
            Assert.True(LeadInLinkListBox.Is(box));
            Assert.True(LeadInLinkListBox.Holds(document.QuerySelector("figcaption")!));
        }
    }

    [Fact]
    public void The_box_is_known_when_its_header_has_gone_too()
    {
        var box = Box(IssueBox, out var document);
        using (document)
        {
            box.QuerySelector("header")!.Remove();
            Assert.True(LeadInLinkListBox.Is(box));
        }
    }

    [Theory]
    [InlineData("""<div><h2>Die Linien</h2><p>Drei Linien fahren ab Montag:</p><ul><li><a href="/a">Linie 1</a></li><li><a href="/b">Linie 2</a></li><li><a href="/c">Linie 3</a></li></ul><p>Der Takt bleibt gleich.</p></div>""")]
    [InlineData("""<div><h2>Die Linien</h2><ul><li><a href="/a">Linie 1</a></li><li><a href="/b">Linie 2</a></li><li><a href="/c">Linie 3</a></li></ul></div>""")]
    public void A_list_with_text_of_its_own_after_it_or_without_a_lead_in_is_no_such_box(string markup)
    {
        var box = Box(markup, out var document);
        using (document)
        {
            Assert.False(LeadInLinkListBox.Is(box));
        }
    }
}
