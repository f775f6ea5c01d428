using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class LoneBylineLabelTests
{
    [Fact]
    public void A_posted_by_label_alone_joins_the_name_under_it()
    {
        var lines = LoneBylineLabel.Join(TextLine.Split("Headline\n\nPosted by\nANN Congressional Producer Ted Barrow\nSeptember 27th, 2013"));
        Assert.Equal(["Headline", "", "Posted by ANN Congressional Producer Ted Barrow", "September 27th, 2013"], lines.Select(line => line.Text));
    }

    [Fact]
    public void A_written_by_label_is_left_to_the_bare_name_rule() =>
        Assert.Equal(2, LoneBylineLabel.Join(TextLine.Split("Written by\nKaren Delacourt")).Count);

    [Theory]
    [InlineData("Von\n  * Karl Obermeier\n\nText", "Von Karl Obermeier")]
    [InlineData("Von\n\n  • Karl Obermeier\n  • Jana Feld\n\nText", "Von Karl Obermeier, Jana Feld")]
    [InlineData("By\n* Dana Whitcomb\nText", "By Dana Whitcomb")]
    public void A_bare_label_over_a_list_of_names_is_one_byline(string page, string byline)
    {
        var lines = LoneBylineLabel.Join(TextLine.Split(page));
        Assert.Equal(byline, lines[0].Text);
        Assert.Equal("Text", lines.Last().Text);
    }

    [Theory]
    [InlineData("Von\n  * Die Ökobilanz von Elektroautos wird vor allem durch die Produktion der Batterien beeinträchtigt.")]
    [InlineData("By\nDana Whitcomb")]
    [InlineData("Von\n  * Akkus\n  * Elektroauto\n  * Recycling\n  * Batterie\n  * Lithium")]
    public void A_bare_label_over_no_short_list_of_names_stays(string page) =>
        Assert.Equal(TextLine.Split(page).Select(line => line.Text), LoneBylineLabel.Join(TextLine.Split(page)).Select(line => line.Text));

    [Fact]
    public void The_joined_byline_names_the_writer_not_the_magazine_over_it()
    {
        var page = PageParser.Parse(System.Text.Encoding.UTF8.GetBytes("""
                 * Harbour Online
                 * News

            Lithium recycling made simpler

               A firm in Lower Saxony has improved the reuse of worn-out car batteries.
               Batteries can be green too

               (Picture: Harbour Motors)
               20.06.2019 07:30 Uhr
               Science Monthly
               Von
                 * Karl Obermeier

            SM 7/2019

               The first paragraph of the article goes on for a while with words and words and more words here.

               A second paragraph of the article also runs long enough to be a paragraph of text body.
            """), "page.txt");

        Assert.Equal(["Karl Obermeier"], page.Authors);
    }
}
