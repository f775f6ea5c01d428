using System.Text;
using AngleSharp.Html.Parser;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class CopyrightSignUnderPictureTests
{
    private static string? Read(string below)
    {
        using var document = new HtmlParser().ParseDocument("<html><body><div class=\"picture\"><img src=\"a.jpg\">" + below + "</div></body></html>");
        return CopyrightSignUnderPicture.Read(document.QuerySelector("img")!.NextElementSibling!);
    }

    [Theory]
    [InlineData("<div> &copy; \n  privat  </div>", "© privat")]
    [InlineData("<div>© Maria Lindner</div>", "© Maria Lindner")]
    [InlineData("<span>© epd-bild</span>", "© epd-bild")]
    public void A_short_name_after_the_sign_under_the_picture_is_its_credit(string below, string credit) => Assert.Equal(credit, Read(below));

    [Theory]
    [InlineData("<div>© 2019 Kirchenzeitung Verlag</div>")]
    [InlineData("<div>© Alle Rechte vorbehalten</div>")]
    [InlineData("<div>Helga Brenner in der Kreuzkirche</div>")]
    [InlineData("<div>© <a href=\"/bild\">privat</a></div>")]
    [InlineData("<div>© Verlag der Kirchenzeitung für Sachsen und Thüringen</div>")]
    public void A_copyright_line_a_sentence_or_a_box_is_none(string below) => Assert.Null(Read(below));

    [Fact]
    public void The_credit_in_the_one_child_of_a_meta_box_under_the_picture_is_read()
    {
        using var document = new HtmlParser().ParseDocument("<html><body><div class=\"wrapper\"><img src=\"a.jpg\"></div><div class=\"single-image__meta\">\n <div class=\"a-copyright\">\n © dtv Verlag</div>\n</div></body></html>");

        Assert.Equal("© dtv Verlag", CopyrightSignUnderPicture.Read(document.QuerySelector(".single-image__meta")!));
    }

    [Fact]
    public void A_share_buttons_empty_link_beside_the_picture_leaves_the_credit_under_its_box()
    {
        var page = PageParser.Parse(Encoding.UTF8.GetBytes("""
            <html><head><title>Neue Kantorin für die Kreuzkirche | DIE KIRCHENZEITUNG</title></head><body>
            <div class="col"><h1>Neue Kantorin für die Kreuzkirche</h1><article>
            <div class="m-single-image"><div class="m-single-image__wrapper"><div class="m-image-box"><div class="pinterestButton"><a class="share" href="#"></a></div>
            <img src="/bild/brenner.jpg" alt="Helga Brenner"></div></div>
            <div class="single-image__meta"><div class="a-copyright"> © Kirchenbild/Lutz Hain </div></div></div>
            <p>Die Kreuzkirchgemeinde hat eine neue Kantorin: Helga Brenner übernimmt im Herbst die Leitung der Kantorei und des Kinderchores.</p>
            <p>Brenner stammt aus Görlitz, studierte in Leipzig Kirchenmusik und leitete zuletzt acht Jahre lang einen Kammerchor in Halle.</p>
            </article></div></body></html>
            """), "page.html");

        Assert.Equal(["© Kirchenbild/Lutz Hain"], page.Captions);
        Assert.Equal(2, page.BodyParagraphs.Count);
    }

    [Fact]
    public void The_credit_under_the_story_picture_is_a_caption_and_no_paragraph()
    {
        var page = PageParser.Parse(Encoding.UTF8.GetBytes("""
            <html><head><title>Neue Kantorin für die Kreuzkirche | DIE KIRCHENZEITUNG</title></head><body>
            <div class="col"><h1>Neue Kantorin für die Kreuzkirche</h1><div class="full_article">
            <div class="picture"><img src="/bild/brenner.png" alt="Helga Brenner" title="Helga Brenner" /><div> &copy; 
              privat </div></div>
            <p>Die Kreuzkirchgemeinde hat eine neue Kantorin: Helga Brenner übernimmt im Herbst die Leitung der Kantorei und des Kinderchores.</p>
            <p>Brenner stammt aus Görlitz, studierte in Leipzig Kirchenmusik und leitete zuletzt acht Jahre lang einen Kammerchor in Halle.</p>
            </div></div></body></html>
            """), "page.html");

        Assert.Equal(["© privat"], page.Captions);
        Assert.Equal(2, page.BodyParagraphs.Count);
    }
}
