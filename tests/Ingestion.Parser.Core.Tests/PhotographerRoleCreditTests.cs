using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class PhotographerRoleCreditTests
{
    [Theory]
    [InlineData("Rudolph Brown/Photographer", true)]
    [InlineData("Norman Grindley / Chief Photographer", true)]
    [InlineData("Ian Allen/Staff Photographer", true)]
    [InlineData("Jane Doe/Staff Writer", false)]
    [InlineData("Photographer", false)]
    [InlineData("The club hired a photographer/Photographer", false)]
    [InlineData("Kimone Thelwell, Staff Reporter", false)]
    public void Only_a_name_over_a_photographers_job_is_the_credit(string line, bool credit) =>
        Assert.Equal(credit, PhotographerRoleCredit.Is(line));

    [Fact]
    public void The_credit_over_the_caption_under_the_byline_is_a_caption_entry_and_no_writer()
    {
        var page = PageParser.Parse(Encoding.UTF8.GetBytes("""
            Water lock-offs for Corporate Area as Mona reservoir dips

            Published: Friday | September 27, 2013

            Kimone Thelwell, Staff Reporter

            Rudolph Brown/Photographer
            Workers from the National Water Commission at the Mona Reservoir in St Andrew on Wednesday.

            THE NATIONAL Water Commission will begin scheduled restrictions in sections of the Corporate Area from Monday as inflows to the reservoir fall.

            The reservoir was at 41 per cent of capacity yesterday, down from 58 per cent at the start of the month, the commission said.
            """), "page.txt");

        Assert.Equal(["Kimone Thelwell"], page.Authors);
        Assert.Equal(["Rudolph Brown/Photographer", "Workers from the National Water Commission at the Mona Reservoir in St Andrew on Wednesday."], page.Captions);
    }
}
