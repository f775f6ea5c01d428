using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

/// <summary>"Name, Staff Writer | date" without "By": <c>MetadataLine</c> reads the name before the job title.</summary>
public class NameRoleBeforeBarDateTests
{
    private const string Text = """
        Teens Who Skimp on Sleep Show Early Signs of Diabetes Risk

        BYLINE   |   September 24, 2013 04:16pm ET

        Teenagers who routinely get too little sleep may already be showing early warning signs of type 2 diabetes, a new study suggests.

        Researchers followed 245 healthy high school students in Pennsylvania, who wore activity monitors on their wrists for a week.
        """;

    [Fact]
    public void A_name_and_a_role_before_a_bar_and_a_date_name_the_writer()
    {
        var page = PageParser.Parse(Encoding.UTF8.GetBytes(Text.Replace("BYLINE", "Amanda Reyes, Staff Writer", StringComparison.Ordinal)), "page.txt");

        Assert.Equal("Amanda Reyes", Assert.Single(page.Authors));
        Assert.Equal(2, page.BodyParagraphs.Count);
    }

    [Fact]
    public void A_section_in_the_possessive_before_a_bar_and_a_date_names_no_writer()
    {
        var page = PageParser.Parse(Encoding.UTF8.GetBytes(Text.Replace("BYLINE", "Women's Volleyball", StringComparison.Ordinal)), "page.txt");

        Assert.Empty(page.Authors);
    }
}
