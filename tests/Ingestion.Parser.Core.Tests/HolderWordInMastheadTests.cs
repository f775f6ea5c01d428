using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class HolderWordInMastheadTests
{
    [Theory]
    [InlineData("The Wall Ledger", "Ledger & Company", true)]
    [InlineData("Journal Community", "Ledger & Company", false)]
    [InlineData("Real Estate", "Ledger & Company", false)]
    [InlineData("The Daily Post", "The Post Company", false)]
    [InlineData("Morning Courier", "Courier Media", true)]
    [InlineData("Courier", "Courier Media", false)]
    public void The_publishers_first_word_ends_the_masthead(string name, string holder, bool expected) =>
        Assert.Equal(expected, HolderWordInMasthead.Is(name, holder));
}
