"""topic discussions, thumbs polls and chains of notes

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-22
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op


revision: str = '0004'
down_revision: str | None = '0003'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('discussions',
    sa.Column('id', sa.String(length=32), nullable=False),
    sa.Column('topic_id', sa.String(length=32), nullable=True),
    sa.Column('topic_seconds', sa.Float(), nullable=False),
    sa.Column('extend_seconds', sa.Float(), nullable=False),
    sa.Column('discussing_cluster_id', sa.String(length=32), nullable=True),
    sa.Column('done_cluster_id', sa.String(length=32), nullable=True),
    sa.ForeignKeyConstraint(['id'], ['boards.id'], name=op.f('fk_discussions_id_boards'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_discussions'))
    )
    op.create_table('polls',
    sa.Column('id', sa.String(length=32), nullable=False),
    sa.Column('board_id', sa.String(length=32), nullable=False),
    sa.Column('topic_id', sa.String(length=32), nullable=True),
    sa.Column('opened_at', sa.String(length=32), nullable=False),
    sa.Column('closed_at', sa.String(length=32), nullable=True),
    sa.ForeignKeyConstraint(['board_id'], ['boards.id'], name=op.f('fk_polls_board_id_boards'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_polls'))
    )
    with op.batch_alter_table('polls', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_polls_board_id'), ['board_id'], unique=False)

    op.create_table('poll_answers',
    sa.Column('id', sa.String(length=32), nullable=False),
    sa.Column('poll_id', sa.String(length=32), nullable=False),
    sa.Column('participant_id', sa.String(length=32), nullable=False),
    sa.Column('choice', sa.String(length=16), nullable=False),
    sa.Column('answered_at', sa.String(length=32), nullable=False),
    sa.ForeignKeyConstraint(['participant_id'], ['participants.id'], name=op.f('fk_poll_answers_participant_id_participants'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['poll_id'], ['polls.id'], name=op.f('fk_poll_answers_poll_id_polls'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_poll_answers')),
    sa.UniqueConstraint('poll_id', 'participant_id', name='uq_poll_answers_once')
    )
    with op.batch_alter_table('poll_answers', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_poll_answers_participant_id'), ['participant_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_poll_answers_poll_id'), ['poll_id'], unique=False)

    with op.batch_alter_table('notes', schema=None) as batch_op:
        batch_op.add_column(sa.Column('builds_on', sa.String(length=32), nullable=True))
        batch_op.add_column(sa.Column('phase_id', sa.String(length=32), nullable=True))
        batch_op.add_column(sa.Column('discussed', sa.Boolean(), server_default=sa.text('0'), nullable=False))
        batch_op.create_index(batch_op.f('ix_notes_builds_on'), ['builds_on'], unique=False)

    with op.batch_alter_table('phases', schema=None) as batch_op:
        batch_op.add_column(sa.Column('kind', sa.String(length=16), server_default='work', nullable=False))



def downgrade() -> None:
    with op.batch_alter_table('phases', schema=None) as batch_op:
        batch_op.drop_column('kind')

    with op.batch_alter_table('notes', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_notes_builds_on'))
        batch_op.drop_column('discussed')
        batch_op.drop_column('phase_id')
        batch_op.drop_column('builds_on')

    with op.batch_alter_table('poll_answers', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_poll_answers_poll_id'))
        batch_op.drop_index(batch_op.f('ix_poll_answers_participant_id'))

    op.drop_table('poll_answers')
    with op.batch_alter_table('polls', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_polls_board_id'))

    op.drop_table('polls')
    op.drop_table('discussions')
