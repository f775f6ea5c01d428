using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class ShareCountRowTests
{
    private const string Story = "Rents are falling in sixty metro areas\n\nIsabel Okonjo\nMar 4, 2021\n\n"
        + "Every month a handful of listings sites publish a national rent index, and every month the headline number hides the places where it falls.\n"
        + "I spent the last three weeks pulling county-level listing data for 240 metro areas, and in 61 of them the asking rent fell.\n";

    private static List<string> Body(string page) => PageParser.Parse(Encoding.UTF8.GetBytes(page), "page.txt").BodyParagraphs.ToList();

    [Fact]
    public void Counts_run_on_from_the_last_paragraph_over_the_share_word_are_no_text()
    {
        var body = Body(Story + "Next week: which of these moves are likely to stick.\n43\n12\nShare\nComments\n");

        Assert.DoesNotContain("43", body);
        Assert.DoesNotContain("12", body);
        Assert.Contains("Next week: which of these moves are likely to stick.", body);
    }

    [Fact]
    public void A_number_alone_over_a_paragraph_is_not_taken_for_a_count_row()
    {
        var body = Body(Story + "The number of counties where rents fell:\n43\nThat is more than in any year since 2010, the data show.\n");

        Assert.Contains("That is more than in any year since 2010, the data show.", body);
    }
}
