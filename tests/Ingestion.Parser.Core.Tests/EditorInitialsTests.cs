using Xunit;

namespace Ingestion.Parser.Core.Tests;

public sealed class EditorInitialsTests
{
    [Theory]
    [InlineData("fos", true)]
    [InlineData("jcr/fos", true)]
    [InlineData("Fin.", false)]
    [InlineData("a", false)]
    [InlineData("y ya", false)]
    public void A_closing_line_of_lower_case_initials_is_told_apart(string line, bool initials) => Assert.Equal(initials, EditorInitials.Is(line));
}
