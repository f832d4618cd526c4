"""Who is in a consumer group, from a DescribeGroups answer as kafka-python decodes it (pure).

Brokers differ in what they tell: Apache Kafka returns each member with its client id, host and assignment;
Tansu returns the members but with empty assignments and client ids. So the member count is known whenever the
group could be described, and who reads which partition only when every member's assignment decoded.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

TopicPartitionKey = tuple[str, int]


@dataclass(frozen=True, slots=True)
class GroupMembers:
    """A group's active member count and, when the broker tells, the members reading each partition.

    ``active`` is ``None`` when the group could not be described; ``assignment`` is ``None`` when the broker
    does not say which member reads what.
    """

    active: int | None
    assignment: Mapping[TopicPartitionKey, tuple[str, ...]] | None = field(default=None)

    def of_partition(self, topic: str, partition: int) -> list[str] | None:
        """The members reading one partition ([] when none does), or ``None`` when the broker does not tell."""
        if self.assignment is None:
            return None
        return list(self.assignment.get((topic, partition), ()))


UNKNOWN = GroupMembers(active=None)


def _member_name(member: Mapping[str, Any]) -> str:
    client = str(member.get("client_id") or "")
    host = str(member.get("client_host") or "").lstrip("/")
    if client and host:
        return f"{client}@{host}"
    return client or host or str(member.get("member_id") or "?")


def _assigned(raw: object) -> list[TopicPartitionKey] | None:
    """Partitions in one member's decoded assignment, or ``None`` when it did not decode."""
    if not isinstance(raw, Mapping):
        return None
    topics = raw.get("assigned_partitions")
    if not isinstance(topics, list):
        return None
    found: list[TopicPartitionKey] = []
    for entry in topics:
        if not isinstance(entry, Mapping) or not isinstance(entry.get("partitions"), list):
            return None
        found += [(str(entry.get("topic")), int(p)) for p in entry["partitions"]]
    return found


def members_from_description(description: Mapping[str, Any]) -> GroupMembers:
    """A :class:`GroupMembers` from one group's entry of ``KafkaAdminClient.describe_groups``."""
    if description.get("error"):
        return UNKNOWN
    members = description.get("members")
    if not isinstance(members, list):
        return UNKNOWN
    assignment: dict[TopicPartitionKey, tuple[str, ...]] = {}
    for member in members:
        partitions = _assigned(member.get("member_assignment")) if isinstance(member, Mapping) else None
        if partitions is None:
            return GroupMembers(active=len(members))
        for key in partitions:
            assignment[key] = (*assignment.get(key, ()), _member_name(member))
    return GroupMembers(active=len(members), assignment=assignment)
