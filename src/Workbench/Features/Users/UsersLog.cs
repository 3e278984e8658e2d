namespace Workbench.Features.Users;

/// <summary>The user administration's log messages, source-generated: no boxing or parsing per call (CA1848).</summary>
internal static partial class UsersLog
{
    [LoggerMessage(EventId = 1300, Level = LogLevel.Information, Message = "{Admin} created user {Email} with roles {Roles}")]
    public static partial void UserCreated(this ILogger logger, string admin, string email, string roles);

    [LoggerMessage(EventId = 1301, Level = LogLevel.Information, Message = "{Admin} changed user {Email}")]
    public static partial void UserChanged(this ILogger logger, string admin, string? email);
}
