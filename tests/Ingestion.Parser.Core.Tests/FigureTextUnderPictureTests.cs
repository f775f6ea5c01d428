using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class FigureTextUnderPictureTests
{
    private static ParsedPage Parse(string figure) => PageParser.Parse(Encoding.UTF8.GetBytes($"""
        <html><head><title>The harbour ferry gets a new name - The Ledger</title></head><body>
        <article><header class="entry-header"><h1>The harbour ferry gets a new name</h1>
        <div class="entry-meta">By Lena Ortiz</div>
        {figure}
        </header>
        <div class="entry-content">
        <p>The harbour ferry that has crossed the bay for thirty years will sail under a new name from the spring timetable on.</p>
        <p>The county board chose the name after a vote among riders, who sent in more than four hundred ideas over the summer.</p>
        </div></article></body></html>
        """), "page.html");

    [Fact]
    public void A_footer_closing_a_figure_under_its_picture_is_the_caption()
    {
        var page = Parse("""
            <figure class="entry-thumbnail"><img src="/ferry.jpg" alt="ferry-new-name"><footer>The ferry at the north pier. (© Harbour Board, Montage: Jo Pell)</footer></figure>
            """);

        Assert.Equal(["The ferry at the north pier. (© Harbour Board, Montage: Jo Pell)"], page.Captions);
        Assert.Equal(2, page.BodyParagraphs.Count);
    }

    [Fact]
    public void A_metadata_box_under_a_figure_picture_box_gives_its_credit_and_caption()
    {
        var page = Parse("""
            <figure class="w-100"><div class="image-wrapper"><picture><img src="/ferry.jpg" alt="Symbolbild"></picture></div>
            <div class="image-metadata"><span class="copyright">© stock/Jo Pell</span> The ferry at the north pier before its last run under the old name.</div></figure>
            """);

        Assert.Equal(["© stock/Jo Pell", "The ferry at the north pier before its last run under the old name."], page.Captions);
        Assert.Equal(2, page.BodyParagraphs.Count);
    }

    [Fact]
    public void A_teaser_figure_with_a_linked_headline_under_its_picture_gives_no_caption()
    {
        var page = Parse("""
            <figure class="teaser"><img src="/other.jpg" alt=""><div class="teaser-title"><a href="/other-story">The old ferry goes to a museum</a></div></figure>
            """);

        Assert.Empty(page.Captions);
    }

    [Fact]
    public void A_figure_with_words_beside_its_picture_and_its_closing_box_gives_no_caption_from_the_box()
    {
        var page = Parse("""
            <figure><img src="/ferry.jpg" alt=""><p>Swipe for more pictures</p><div>Harbour Board</div></figure>
            """);

        Assert.DoesNotContain("Harbour Board", page.Captions);
    }
}
