using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class WebAddressAfterVonTests
{
    [Theory]
    [InlineData("marlenes-kueche.de", true)]
    [InlineData("www.marlenes-kueche.de", true)]
    [InlineData("Marlene Brandt", false)]
    [InlineData("marlene@example.de", false)]
    [InlineData("marlene_b", false)]
    public void A_bare_web_address_names_a_site(string name, bool address) => Assert.Equal(address, WebAddressAfterVon.Is(name));

    [Theory]
    [InlineData("von marlenes-kueche.de", false)]
    [InlineData("von Marlene Brandt", true)]
    public void Von_and_a_web_address_is_no_comment_header(string line, bool header) =>
        Assert.Equal(header, CommentLine.TryReadAuthor(line, out _, out _, out _));

    [Fact]
    public void The_blogs_address_under_the_signers_name_stays_in_her_comment()
    {
        var page = PageParser.Parse(System.Text.Encoding.UTF8.GetBytes(
            "<html><head><title>Kürbissuppe mit Ingwer - Jonas kocht</title></head><body><article><h1>Kürbissuppe mit Ingwer</h1>"
            + "<div class=\"entry-content\"><p>Im Herbst koche ich fast jede Woche eine große Kürbissuppe, und diese hier mit frischem Ingwer ist meine liebste.</p>"
            + "<p>Den Kürbis schneide ich in Würfel, röste ihn mit Zwiebeln an und lasse alles zwanzig Minuten köcheln.</p></div></article>"
            + "<div id=\"comments\"><h3>2 Kommentare</h3><ol class=\"commentlist\">"
            + "<li class=\"comment depth-1\" id=\"comment-11\"><div class=\"comment-body\"><div class=\"comment-author vcard\"><cite class=\"fn\">Marlene</cite> <span class=\"says\">sagt:</span></div>"
            + "<div class=\"comment-meta commentmetadata\"><a href=\"#comment-11\">3. November 2019 um 10:12 Uhr</a></div>"
            + "<p>Die habe ich gestern nachgekocht, mit etwas Kokosmilch war sie noch cremiger.</p><p>Liebe Grüße,</p><p>Marlene<br />\nvon marlenes-kueche.de</p>"
            + "<div class=\"reply\"><a class=\"comment-reply-link\" href=\"?replytocom=11#respond\">Antworten</a></div></div></li>"
            + "<li class=\"comment depth-1\" id=\"comment-12\"><div class=\"comment-body\"><div class=\"comment-author vcard\"><cite class=\"fn\">Paul</cite> <span class=\"says\">sagt:</span></div>"
            + "<div class=\"comment-meta commentmetadata\"><a href=\"#comment-12\">4. November 2019 um 18:40 Uhr</a></div>"
            + "<p>Schmeckt auch mit Süßkartoffeln sehr gut.</p>"
            + "<div class=\"reply\"><a class=\"comment-reply-link\" href=\"?replytocom=12#respond\">Antworten</a></div></div></li></ol></div></body></html>"), "page.html");

        Assert.Equal(2, page.Comments.Count);
        Assert.Equal("von marlenes-kueche.de", page.Comments[0].Paragraphs[^1]);
        Assert.Equal("Paul", page.Comments[1].Author);
    }
}
