using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class ByLabelOverNameLineTests
{
    [Theory]
    [InlineData("By\nEDITH MARLOWE Associated Press\nMay 3, 2020", "By EDITH MARLOWE Associated Press")]
    [InlineData("By\nKaren Olsen Agence France-Presse\nMay 3, 2020", "By Karen Olsen Agence France-Presse")]
    [InlineData("Por\nLucía Ferrer Agence France Presse\n3 de mayo de 2020", "Por Lucía Ferrer Agence France Presse")]
    public void A_bare_by_label_over_a_name_line_is_one_byline(string page, string byline)
    {
        var lines = ByLabelOverNameLine.Join(TextLine.Split(page));
        Assert.Equal(2, lines.Count);
        Assert.Equal(byline, lines[0].Text);
        Assert.Equal(TextLine.Split(page)[2].Text, lines[1].Text);
    }

    [Theory]
    [InlineData("By\nMay 3, 2020")]
    [InlineData("By\nthe harbour master and his crew")]
    [InlineData("By\nThe ferry will stop running in October.")]
    [InlineData("By\nAssociated Press")]
    [InlineData("By\nHarbour")]
    [InlineData("By\nKaren Olsen\nMay 3, 2020")]
    [InlineData("By\nHarbour News Correspondent")]
    [InlineData("Sort by\nDana Whitcomb")]
    public void A_by_label_over_no_name_or_no_bare_label_stays(string page) =>
        Assert.Equal(TextLine.Split(page).Select(line => line.Text), ByLabelOverNameLine.Join(TextLine.Split(page)).Select(line => line.Text));

    [Fact]
    public void A_byline_box_with_the_label_in_an_element_of_its_own_names_the_writer_without_the_agency()
    {
        var page = PageParser.Parse(System.Text.Encoding.UTF8.GetBytes("""
            <html><head><title>Ferry line to close its northern route - Harbour News</title>
            <meta property="og:site_name" content="Harbour News"><meta name="author" content="Harbour News"></head>
            <body><article>
            <h1>Ferry line to close its northern route</h1>
            <div class="byline"><div class="by">By</div><div class="name"> EDITH MARLOWE Associated Press</div></div>
            <div class="date">May 3, 2020, 7:19 PM</div>
            <p>PORTVILLE -- The ferry that has crossed the northern sound since 1980 will make its last run in October, the council said on Sunday.</p>
            <p>The line carried fewer than forty passengers a day last winter, and its two boats need new engines the council cannot pay for.</p>
            <p>"We kept it running as long as we could," said the harbour master, who has worked the route for twenty years.</p>
            </article></body></html>
            """), "page.html");

        Assert.Equal(["EDITH MARLOWE"], page.Authors);
    }

    [Fact]
    public void A_text_page_with_the_label_alone_over_the_name_names_the_writer()
    {
        var page = PageParser.Parse(System.Text.Encoding.UTF8.GetBytes("""
            Harbour News

            Ferry line to close its northern route after forty years

               By
               EDITH MARLOWE Associated Press
               May 3, 2020, 7:19 PM

               PORTVILLE -- The ferry that has crossed the northern sound since 1980 will make its last run in October, the council said on Sunday.

               The line carried fewer than forty passengers a day last winter, and its two boats need new engines the council cannot pay for.

               "We kept it running as long as we could," said the harbour master, who has worked the route for twenty years.
            """), "page.txt");

        Assert.Equal(["EDITH MARLOWE"], page.Authors);
        Assert.Equal("Ferry line to close its northern route after forty years", page.Title);
    }
}
