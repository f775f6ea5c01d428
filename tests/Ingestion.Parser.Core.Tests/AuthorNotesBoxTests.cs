using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class AuthorNotesBoxTests
{
    private static string Page(string heading, string extraRoot = "") => $"""
        <html><head><title>Harbour Tales - Page 4-12</title></head><body>
        <div class="box"><h2 class="comictitle">Page 4-12</h2><img src="/comics/4-12.jpg" alt="Page 4-12"></div>
        <div id="comicdata" class="box">9th March 2021, 4:12 PM in <a href="/archive/4">Chapter 4</a></div>
        {extraRoot}
        <div class="box"><h2 class="heading">{heading}</h2>
        <div class="afterheading"><div id="authornotes"><div class="comment"><div class="commentdata">
        <span class="authordata"><a href="/profile/inkwell" class="author">Inkwell</a></span>
        <span class="posttime">9th March 2021, 4:12 PM</span>
        <span class="commentcontrol cc"><a href="/edit?id=9">edit</a> <a href="/edit?id=9&amp;delete=1">delete</a></span></div>
        <div class="commentcontent"><span class="commenttext">The harbour master finally gets a page of his own this week, and the crates are back next Tuesday.<br>
        <br>
        Thanks for reading!</span></div></div></div></div></div>
        <div class="box"><h2 class="heading">Comments:</h2><div class="comments"><div class="comment"><div class="commentdata">
        <span class="authordata"><a href="/profile/oren" class="author">Oren</a></span> <span class="posttime">9th March 2021, 5:02 PM</span></div>
        <div class="commentcontent"><span class="commenttext">About time he got one.</span></div></div></div></div>
        <div id="footer" class="box">Harbour Tales is an independent comic project and is not associated with, approved by, or endorsed by any other person, company or brand. None of the content reflects the views of anyone but its maker.<br>
        &#xA9; 2019 - 2021 Mara Quist</div>
        </body></html>
        """;

    [Fact]
    public void The_makers_note_is_the_text_its_signature_the_writer_and_its_time_the_pages()
    {
        var page = PageParser.Parse(System.Text.Encoding.UTF8.GetBytes(Page("Author Notes:")), "tales.html");
        Assert.Equal(["The harbour master finally gets a page of his own this week, and the crates are back next Tuesday.", "Thanks for reading!"], page.BodyParagraphs);
        Assert.Equal(["Inkwell"], page.Authors);
        Assert.Equal("2021-03-09T16:12:00", page.PublishedAt);
    }

    [Fact]
    public void A_page_whose_markup_names_its_text_box_keeps_it()
    {
        var root = """
            <div class="entry-content"><p>The ferry leaves the north pier at dawn, and the harbour master counts every crate twice before it goes out to sea.</p>
            <p>This week's pages follow him into the customs shed, where the crates from the night boat are waiting for him.</p></div>
            """;
        var page = PageParser.Parse(System.Text.Encoding.UTF8.GetBytes(Page("Author Notes:", root)), "tales.html");
        Assert.Equal("The ferry leaves the north pier at dawn, and the harbour master counts every crate twice before it goes out to sea.", page.BodyParagraphs[0]);
        Assert.DoesNotContain("Thanks for reading!", page.BodyParagraphs);
    }

    [Fact]
    public void A_chapters_unmarked_text_over_the_note_stays_the_text()
    {
        var chapter = """
            <div class="box"><p>The ferry left the north pier at dawn, and the harbour master counted every crate twice before it went out, as he had done every morning since the strike.
            Nobody on the quay asked him why; the night boat's crates were still in the customs shed, and the fog had not lifted.</p></div>
            """;
        var page = PageParser.Parse(System.Text.Encoding.UTF8.GetBytes(Page("Author Notes:", chapter)), "tales.html");
        Assert.DoesNotContain("Thanks for reading!", page.BodyParagraphs);
    }

    [Fact]
    public void Another_heading_gives_no_note()
    {
        var page = PageParser.Parse(System.Text.Encoding.UTF8.GetBytes(Page("Site News:")), "tales.html");
        Assert.DoesNotContain("Thanks for reading!", page.BodyParagraphs);
    }
}
