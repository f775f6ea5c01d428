using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class CreditRepeatingBylineTests
{
    [Fact]
    public void A_credit_repeating_the_bylines_writer_adds_the_colleagues_it_names()
    {
        List<string> authors = ["Nadine Okafor"];
        CreditRepeatingByline.Extend(authors, ["Nadine Okafor", "Pierce Hallam"]);
        Assert.Equal(["Nadine Okafor", "Pierce Hallam"], authors);
    }

    [Fact]
    public void A_credit_naming_none_of_the_bylines_writers_adds_nobody()
    {
        List<string> authors = ["Nadine Okafor"];
        CreditRepeatingByline.Extend(authors, ["Desk Editor"]);
        Assert.Equal(["Nadine Okafor"], authors);
    }

    [Fact]
    public void A_blogs_post_credit_under_the_text_names_every_writer_of_the_post()
    {
        var page = PageParser.Parse(Encoding.UTF8.GetBytes("""
            Inspectors return to the valley
            September 25th, 2013
            06:18 PM ET

            Inspectors return to the valley

            By Lena Marsh

            A team of inspectors will return to the valley on Wednesday to look into three more reports of poisoned wells.

            The head of the mission said the field work should take days, not weeks, if the roads stay open.

            Post by: Lena Marsh, Tobias Crane
            Filed under: Inspectors • Water
            soundoff (No Responses)
            """), "page.txt");

        Assert.Equal(["Lena Marsh", "Tobias Crane"], page.Authors);
    }
}
