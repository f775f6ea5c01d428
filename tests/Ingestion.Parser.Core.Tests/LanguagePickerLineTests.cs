using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class LanguagePickerLineTests
{
    [Theory]
    [InlineData("Choose from 24 Languages")]
    [InlineData("Select language")]
    [InlineData("Change language")]
    [InlineData("MERIDIAN.COM in 24 languages")]
    [InlineData("Available in 12 languages")]
    [InlineData("Wrong language? Change it here MERIDIAN.COM has chosen English as your language setting.")]
    public void A_language_pickers_lines_are_recognised(string line) => Assert.True(LanguagePickerLine.Is(line));

    [Theory]
    [InlineData("Officials said they would change the language of the bill before the vote on Thursday.")]
    [InlineData("Pupils choose a second language")]
    [InlineData("Switch to sign language helps deaf pupils")]
    [InlineData("The manual is printed in 3 languages and a fourth is planned")]
    [InlineData("Bible now read in 700 languages")]
    public void Prose_and_headlines_about_languages_are_no_picker(string line) => Assert.False(LanguagePickerLine.Is(line));

    [Fact]
    public void The_pickers_notice_is_no_first_prose_and_its_last_link_no_title()
    {
        const string Page =
            "   We use cookies to improve our service for you. You can find more information in our data protection declaration.\n"
            + "   More info OK\n\n"
            + "    1. Content\n    2. Navigation\n    3. Search\n    4. Choose from 24 Languages\n\n"
            + "   Wrong language? Change it here MERIDIAN.COM has chosen English as your language setting.\n\n"
            + "   MERIDIAN.COM in 24 languages\n\n"
            + "     * TOP STORIES\n     * World\n     * Business\n     * Science\n\n"
            + "Harbour city renames streets that honoured colonial governors\n\n"
            + "   The city council voted on Tuesday to rename four streets in the old port district after years of debate.\n\n"
            + "   The new names honour people who resisted colonial rule, and the signs go up in the spring, the council said.\n";

        var page = PageParser.Parse(Encoding.UTF8.GetBytes(Page), "page_lynx.txt");

        Assert.Equal("Harbour city renames streets that honoured colonial governors", page.Title);
        Assert.DoesNotContain(page.BodyParagraphs, paragraph => paragraph.Contains("language", StringComparison.OrdinalIgnoreCase));
    }
}
